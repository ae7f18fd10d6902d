/**
 * Identity at the gateway: bearer tokens are verified (verifier.ts), `@authenticated` and
 * `@requiresScopes` in the supergraph are enforced with envelop's generic-auth (roles are the scopes),
 * and the verified identity travels to the subgraphs inside HMAC-signed requests.
 */
import type { GenericAuthPluginOptions, ValidateUserFnParams } from '@envelop/generic-auth';
import { useHmacUpstreamSignature } from '@graphql-mesh/hmac-upstream-signature';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { serializeExecutionRequest } from '@graphql-tools/executor-common';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY,
  IDEMPOTENCY_KEY_EXTENSION,
  IDENTITY_EXTENSION,
  NONCE_EXTENSION,
  SIGNED_AT_EXTENSION,
  signedPayload,
  signingStamp,
  type Identity,
} from '@edu-catalogus/kit/runtime';
import { GraphQLError } from 'graphql';
import { refusalBody, refusalResponse } from '../plugins/refusal.ts';
import { InvalidToken, type TokenVerifier } from './verifier.ts';

/** generic-auth puts the resolved identity on the context under this name. */
export const IDENTITY_CONTEXT_FIELD = 'currentUser';

const authError = (message: string, code: 'UNAUTHENTICATED' | 'FORBIDDEN', status: number, params?: Partial<ValidateUserFnParams<Record<string, any>>>) =>
  new GraphQLError(message, {
    ...(params?.fieldNode ? { nodes: [params.fieldNode] } : {}),
    ...(params?.path ? { path: params.path } : {}),
    extensions: { code, http: { status } },
  });

/** Reads `Authorization: Bearer <jwt>`; no header is anonymous, a bad one is refused outright. */
export function createResolveIdentity(verify: TokenVerifier) {
  return async (context: { request: Request }): Promise<Identity | null> => {
    const header = context.request.headers.get('authorization');
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw authError('The Authorization header must be "Bearer <token>".', 'UNAUTHENTICATED', 401);
    try {
      return await verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidToken) throw authError(error.message, 'UNAUTHENTICATED', 401);
      throw error;
    }
  };
}

/** Anonymous on a protected field: UNAUTHENTICATED; signed in without the role: FORBIDDEN. */
export function validateIdentity(params: ValidateUserFnParams<User>): GraphQLError | undefined {
  const required = [...(params.typeScopes ?? []), ...(params.fieldScopes ?? [])];
  const protectedField = Boolean(params.fieldAuthArgs || params.typeAuthArgs || required.length > 0);
  if (!protectedField) return undefined;
  const name = `${params.parentType.name}.${params.field.name}`;
  if (params.user == null) return authError(`${name} needs a signed-in curator (send a bearer token).`, 'UNAUTHENTICATED', 401, params);
  const groups = [params.typeScopes, params.fieldScopes].filter((g): g is string[][] => Boolean(g?.length));
  const allowed = groups.every((anyOf) => anyOf.some((allOf) => allOf.every((scope) => params.userScopes.includes(scope))));
  if (!allowed)
    return authError(`${name} needs the role ${groups.map((g) => g.map((s) => s.join('+')).join(' or ')).join(' and ')}.`, 'FORBIDDEN', 403, params);
  return undefined;
}

// generic-auth's options are typed over Record<string, any> users in Hive's config.
type User = Record<string, any>;

export function genericAuthOptions(verify: TokenVerifier): GenericAuthPluginOptions<User, any> {
  return {
    mode: 'protect-granular',
    resolveUserFn: createResolveIdentity(verify),
    extractScopes: (identity) => (identity as Identity | null)?.roles ?? [],
    validateUser: validateIdentity,
    // A refused field refuses the whole operation (never a half-run query with the field cut out).
    rejectUnauthenticated: true,
  };
}

/**
 * Adds the verified identity, a timestamp, a nonce and a mutation's `Idempotency-Key` to every subgraph
 * request, then signs all of them with query, variables and operation name (a subgraph answers each
 * nonce once, and stores a keyed write's answer with the write). A malformed key is refused up front.
 */
export function identityForwardingPlugins(secret: string): GatewayPlugin[] {
  const forward: GatewayPlugin = {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const key = request.headers.get(IDEMPOTENCY_HEADER);
      if (key === null || IDEMPOTENCY_KEY.test(key) || !url.pathname.endsWith('/graphql')) return;
      const message = `${IDEMPOTENCY_HEADER} must be 1 to 255 printable ASCII characters without spaces (a UUID, say).`;
      endResponse(refusalResponse(fetchAPI.Response, 400, refusalBody(message, 'BAD_USER_INPUT', { field: IDEMPOTENCY_HEADER })));
    },
    onSubgraphExecute({ executionRequest }) {
      const context = executionRequest.context as { request?: Request; [IDENTITY_CONTEXT_FIELD]?: unknown } | undefined;
      const identity = context?.[IDENTITY_CONTEXT_FIELD];
      const key = executionRequest.operationType === 'mutation' ? context?.request?.headers.get(IDEMPOTENCY_HEADER) : null;
      executionRequest.extensions = {
        ...executionRequest.extensions,
        ...signingStamp(),
        ...(identity ? { [IDENTITY_EXTENSION]: identity } : {}),
        ...(key ? { [IDEMPOTENCY_KEY_EXTENSION]: key } : {}),
      };
    },
  };
  const sign = useHmacUpstreamSignature({
    secret,
    serializeExecutionRequest: (request) => {
      const { query, variables, operationName } = serializeExecutionRequest({
        executionRequest: { document: request.document, variables: request.variables, operationName: request.operationName },
      });
      const extensions = request.extensions ?? {};
      return signedPayload({
        query,
        variables,
        operationName,
        identity: extensions[IDENTITY_EXTENSION],
        signedAt: extensions[SIGNED_AT_EXTENSION],
        nonce: extensions[NONCE_EXTENSION],
        idempotencyKey: extensions[IDEMPOTENCY_KEY_EXTENSION],
      });
    },
  }) as unknown as GatewayPlugin;
  return [forward, sign];
}
