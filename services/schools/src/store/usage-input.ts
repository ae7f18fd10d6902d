/** What a school may send about itself and its use of a tool, checked with zod; the school id is never part of it. */
import { INSTITUTION_ID, InputError } from '@edu-catalogus/kit/runtime';
import { inputError } from '@edu-catalogus/kit/curation';
import { z } from 'zod';

export const PROVINCES = [
  'DRENTHE',
  'FLEVOLAND',
  'FRIESLAND',
  'GELDERLAND',
  'GRONINGEN',
  'LIMBURG',
  'NOORD_BRABANT',
  'NOORD_HOLLAND',
  'OVERIJSSEL',
  'UTRECHT',
  'ZEELAND',
  'ZUID_HOLLAND',
] as const;
export const SECTORS = ['PO', 'SO', 'VO', 'MBO', 'HO'] as const;

/** Empty or blank optional text is no text. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const PARTIAL_DATE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const usageInput = z.object({
  tool: z.string().trim().min(1).max(100),
  since: z
    .string()
    .trim()
    .regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .refine((d) => d.localeCompare(new Date().toISOString().slice(0, d.length)) <= 0, 'must not be in the future')
    .refine((d) => d >= '1990', 'must be 1990 or later'),
  purpose: optionalText(200),
  note: optionalText(1000),
  namedPublicly: z.boolean().default(false),
  contactable: z.boolean().default(false),
});
export type UsageInput = z.output<typeof usageInput>;

export const schoolProfileInput = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
  sectors: z.array(z.enum(SECTORS)).transform((s) => [...new Set(s)]),
  municipality: optionalText(100),
  province: z
    .enum(PROVINCES)
    .nullish()
    .transform((v) => v ?? null),
});
export type SchoolProfile = z.output<typeof schoolProfileInput>;

export const rejectionReason = z.string().trim().min(1, 'must say why').max(500, 'at most 500 characters');

/** Parses `value` or throws BAD_USER_INPUT naming the field under `root`. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, root = 'input'): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw inputError(parsed.error, root);
  return parsed.data;
}

/** A school may only be given a BRIN code as id (admins' saveSchool). */
export function checkSchoolId(id: string): string {
  if (!INSTITUTION_ID.test(id)) throw new InputError('id', 'id: must be a BRIN code: 2 digits and 2 letters ("00AA")');
  return id;
}
