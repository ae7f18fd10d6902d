/**
 * English: the same messages as Dutch, checked against its shape. The words live in one file per
 * part of the site under `en/`; this file puts them together.
 */
import { pages } from './en/pages.ts';
import { entries } from './en/entries.ts';
import { curator } from './en/curator.ts';
import { fields } from './en/fields.ts';
import { enums } from './en/enums.ts';
import { schools } from './en/schools.ts';
import type { Messages } from './nl.ts';

export const en: Messages = { ...pages, ...entries, ...curator, ...fields, ...enums, ...schools };
