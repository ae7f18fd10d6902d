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

function isOsi(id: string): boolean {
  const entry = (licenses as Record<string, { osiApproved?: boolean }>)[id];
  return entry?.osiApproved === true;
}

function walk(node: Node, ids: string[]): boolean {
  if ('license' in node) {
    ids.push(node.license);
    return isOsi(node.license);
  }
  const left = walk(node.left, ids);
  const right = walk(node.right, ids);
  return node.conjunction === 'and' ? left && right : left || right;
}

/** Throws an Error with a readable message when `expression` is not a valid SPDX expression. */
export function analyseLicense(expression: string): LicenseFacts {
  let tree: Node;
  try {
    tree = parse(expression);
  } catch (error) {
    throw new Error(`"${expression}" is not a valid SPDX licence expression (${(error as Error).message})`);
  }
  const ids: string[] = [];
  const osiApproved = walk(tree, ids);
  return { ids, osiApproved };
}
