/** Who is asking: the verified identity the gateway forwards to the subgraphs, and role checks. */
import { SLUG } from '@edu-catalogus/seeds';
import { z } from 'zod';

/** `school`: staff of the institution in the token's `school` claim (usage declarations, docs/schools.md). */
export const ROLES = ['curator', 'admin', 'school'] as const;
export type Role = (typeof ROLES)[number];

/** A BRIN institution code: 2 digits and 2 letters (`00AA`); see docs/schools.md. */
export const INSTITUTION_ID = /^[0-9]{2}[A-Z]{2}$/;

/**
 * The institution claim as federations send it: Entree Federatie's `nlEduPersonHomeOrganizationId` is the
 * BRIN code with or without the 2-digit branch (`11ZZ03`); the institution is its first four characters.
 */
export const institutionIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{2}[A-Z]{2}([0-9]{2})?$/, 'must be a BRIN code: 2 digits and 2 letters ("00AA"), optionally with a 2-digit branch')
  .transform((id) => id.slice(0, 4));

export const identitySchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  /** The organisation slug the person curates for (`kennisnet`). */
  org: z.string().regex(SLUG).nullable().default(null),
  roles: z.array(z.string()).default([]),
  /** The institution (BRIN, `00AA`) a `school` token speaks for; absent on other tokens. */
  school: institutionIdSchema.optional(),
  /** The institution's name as the federation sent it (Entree: `nlEduPersonHomeOrganization`), used when the school is first stored. */
  schoolName: z.string().trim().min(1).max(200).optional(),
  /** Expiry of the token it came from, seconds since the epoch. */
  exp: z.number().int().optional(),
});
export type Identity = z.output<typeof identitySchema>;

export const hasRole = (identity: Identity | null | undefined, role: Role): boolean => identity?.roles.includes(role) ?? false;
/** The institution a `school` token speaks for, or null (no role, or no institution claim). */
export const schoolOf = (identity: Identity | null | undefined): string | null => (hasRole(identity, 'school') ? (identity?.school ?? null) : null);
export const isCurator = (identity: Identity | null | undefined): boolean => hasRole(identity, 'curator') || hasRole(identity, 'admin');
