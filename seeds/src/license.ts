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

/**
 * What a school should know beyond the licence family, derived from the expression and the curated
 * caveats: PAID_PARTS (open core, a service that is not open, a commercial LicenseRef) and
 * CONTENT_NOT_FREE (non-commercial parts or an -NC licence). The web's plain licence words and the
 * tools subgraph's `licenseCondition` filter both use this, so a page and a filter never disagree.
 */
export const LICENSE_CONDITIONS = ['PAID_PARTS', 'CONTENT_NOT_FREE'] as const;
export type LicenseCondition = (typeof LICENSE_CONDITIONS)[number];

const PAID_CAVEATS = new Set(['OPEN_CORE', 'SERVICE_NOT_OPEN']);

export function licenseConditions(license: { expression: string; caveats?: readonly { kind: string }[] | null | undefined }): LicenseCondition[] {
  let ids: string[] = [];
  try {
    ids = analyseLicense(license.expression).ids;
  } catch {
    // An unparsable expression names no ids; the caveats still count.
  }
  const kinds = new Set((license.caveats ?? []).map((c) => c.kind));
  const found: LicenseCondition[] = [];
  if ([...kinds].some((k) => PAID_CAVEATS.has(k)) || ids.some((id) => /^LicenseRef-.*commercial/i.test(id))) found.push('PAID_PARTS');
  if (kinds.has('NON_COMMERCIAL_PARTS') || ids.some((id) => /-NC(-|$)/.test(id))) found.push('CONTENT_NOT_FREE');
  return found;
}
