/**
 * Dutch, the site's default language; `Messages` (its shape) is what every language provides.
 * The words live in one file per part of the site under `nl/`; this file puts them together.
 */
import { pages } from './nl/pages.ts';
import { entries } from './nl/entries.ts';
import { curator } from './nl/curator.ts';
import { fields } from './nl/fields.ts';
import { enums } from './nl/enums.ts';
import { schools } from './nl/schools.ts';

export const nl = { ...pages, ...entries, ...curator, ...fields, ...enums, ...schools };

export type Messages = typeof nl;
