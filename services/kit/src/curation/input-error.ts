/** Content that fails its zod schema, as one BAD_USER_INPUT naming the input path of every issue. */
import type { z } from 'zod';
import { InputError } from '../errors.ts';

/** zod issues -> BAD_USER_INPUT naming the input path (`input.license.expression`), all issues listed. */
export function inputError(error: z.ZodError, root = 'input'): InputError {
  const problems = error.issues.map((issue) => ({ field: [root, ...issue.path.map(String)].join('.'), message: issue.message }));
  const [first] = problems;
  return new InputError(first?.field ?? root, `${first?.field ?? root}: ${first?.message ?? 'invalid'}`, { problems });
}
