/** SPDX licence expressions: parsing (spdx-expression-parse) and OSI approval (spdx-license-list). */
import parse from 'spdx-expression-parse';
import licenses from 'spdx-license-list';

type Node = ReturnType<typeof parse>;

export interface LicenseFacts {
  /** The SPDX ids and LicenseRef-s the expression names, in order of appearance. */
  ids: string[];
  /** True when the expression can be used under OSI-approved terms (AND: all parts; OR: any branch). */
  osiApproved: boolean;
}

/** Whether the SPDX id is on the OSI's list of approved licences. */
export function isOsiApproved(id: string): boolean {
  const entry = (licenses as Record<string, { osiApproved?: boolean }>)[id];
  return entry?.osiApproved === true;
}

/** Every SPDX id on the OSI's list (the web's plain licence filter choices are built from it). */
export const osiApprovedIds = (): string[] => Object.keys(licenses).filter(isOsiApproved);

function walk(node: Node, ids: string[], accept: (id: string) => boolean): boolean {
  if ('license' in node) {
    ids.push(node.license);
    return accept(node.license);
  }
  const left = walk(node.left, ids, accept);
  const right = walk(node.right, ids, accept);
  return node.conjunction === 'and' ? left && right : left || right;
}

/**
 * Parses `expression` and decides whether it can be used under terms `accept` allows (OSI-approved
 * by default). Throws an Error with a readable message when it is not a valid SPDX expression.
 */
export function analyseLicense(expression: string, accept: (id: string) => boolean = isOsiApproved): LicenseFacts {
  let tree: Node;
  try {
    tree = parse(expression);
  } catch (error) {
    throw new Error(`"${expression}" is not a valid SPDX licence expression (${(error as Error).message})`);
  }
  const ids: string[] = [];
  const osiApproved = walk(tree, ids, accept);
  return { ids, osiApproved };
}
