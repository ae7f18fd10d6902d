/** Whether a text is an SPDX expression (the seeds' parser, which every draft is checked with too). */
import { analyseLicense } from '@edu-catalogus/seeds';

export function isValidSpdx(expression: string): boolean {
  try {
    analyseLicense(expression, () => true);
    return true;
  } catch {
    return false;
  }
}
