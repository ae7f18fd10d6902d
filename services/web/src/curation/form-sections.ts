/**
 * The parts of a long curator form (issue 16: the tool form was 9,000 px of 143 inputs): basis,
 * licence, privacy and hosting, relations, sources. Fields are placed by name, so every entity's
 * form is sectioned the same way; a field no part names stays in basis.
 */
import type { FormField } from './form-model.ts';

export const SECTIONS = ['basis', 'licentie', 'privacy', 'relaties', 'bronnen'] as const;
export type Section = (typeof SECTIONS)[number];

const PLACED: Record<string, Section> = {
  license: 'licentie',
  privacy: 'privacy',
  hosting: 'privacy',
  dataLocation: 'privacy',
  processorAgreement: 'privacy',
  categories: 'relaties',
  standards: 'relaties',
  facilities: 'relaties',
  dependsOn: 'relaties',
  operator: 'relaties',
  maintainer: 'relaties',
  tool: 'relaties',
  product: 'relaties',
  sources: 'bronnen',
  certainty: 'bronnen',
  uncertainties: 'bronnen',
  verifiedAt: 'bronnen',
};

export interface FormSection {
  name: Section;
  fields: FormField[];
}

/** The non-empty sections of `fields`, in order. */
export function sectionsOf(fields: FormField[]): FormSection[] {
  // A tool's maintainer is a name (basis); a standard's is a reference to an organisation (relaties).
  const place = (f: FormField): Section => (f.name === 'maintainer' && f.kind === 'text' ? 'basis' : (PLACED[f.name] ?? 'basis'));
  return SECTIONS.map((name) => ({ name, fields: fields.filter((f) => place(f) === name) })).filter((s) => s.fields.length > 0);
}

/** Whether a problem path (`license.expression`, `sources.0.url`) lies in one of `fields`. */
export const holdsPath = (fields: FormField[], path: string) => fields.some((f) => path === f.path || path.startsWith(`${f.path}.`));
