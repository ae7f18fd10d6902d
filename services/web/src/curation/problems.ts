/** The API's errors on a curator write, as messages for form fields (by input path) or for the whole form. */
import type { GraphQLError } from '../gateway/client.ts';

export interface Problem {
  /** The input path without `input.` (`license.expression`), or null for the whole entry. */
  path: string | null;
  message: string;
  /** The API's `extensions.code` and `extensions.reason` (kit's REFUSALS), when it gave them. */
  code?: string;
  reason?: string;
  /** What the reason names: the owning organisation, the entry's status, the missing reference. */
  detail?: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
/** The code, reason and detail of an error, for wording it in the reader's language. */
function refusalOf(error: GraphQLError): Pick<Problem, 'code' | 'reason' | 'detail'> {
  const ext = error.extensions ?? {};
  const detail = text(ext.owner) ?? text(ext.entryStatus) ?? text(ext.ref);
  return { ...(text(ext.code) ? { code: text(ext.code) } : {}), ...(text(ext.reason) ? { reason: text(ext.reason) } : {}), ...(detail ? { detail } : {}) };
}

const stripRoot = (field: string) => field.replace(/^(input|draft)(\.|$)/, '') || null;

/** graphql-js coercion errors name the path only in their text: `… at "input.license.components[0].scope"; …`. */
function coercionProblem(message: string): Problem | null {
  const match = /at "input\.([^"]+)"; (.*)$/s.exec(message) ?? /Field "(?:[A-Za-z]+Input\.)?([A-Za-z.]+)" of required type .* was not provided/.exec(message);
  if (!match) return null;
  return { path: match[1]!.replace(/\[(\d+)\]/g, '.$1'), message: match[2] ?? message };
}

export function problemsOf(errors: GraphQLError[]): Problem[] {
  return errors.flatMap((error): Problem[] => {
    const listed = error.extensions?.problems;
    if (Array.isArray(listed))
      return listed.map((p: { field: string; message: string }) => ({ path: stripRoot(p.field), message: p.message, code: 'BAD_USER_INPUT' }));
    if (typeof error.extensions?.field === 'string' && error.extensions.code === 'BAD_USER_INPUT') {
      const path = stripRoot(error.extensions.field);
      return [{ path, message: error.message.replace(`${error.extensions.field}: `, ''), ...refusalOf(error) }];
    }
    // An id taken already belongs beside the id field.
    if (error.extensions?.reason === 'ALREADY_EXISTS') return [{ path: 'id', message: error.message, ...refusalOf(error) }];
    const coerced = coercionProblem(error.message);
    return [coerced ? { ...coerced, code: 'BAD_USER_INPUT' } : { path: null, message: error.message, ...refusalOf(error) }];
  });
}

export const errorCode = (errors: GraphQLError[]) => errors[0]?.extensions?.code;
