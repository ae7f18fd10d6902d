/** Who is asking: the verified identity the gateway forwards to the subgraphs, and role checks. */
import { SLUG } from '@edu-catalogus/seeds';
import { z } from 'zod';

export const ROLES = ['curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const identitySchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  /** The organisation slug the person curates for (`kennisnet`). */
  org: z.string().regex(SLUG).nullable().default(null),
  roles: z.array(z.string()).default([]),
  /** Expiry of the token it came from, seconds since the epoch. */
  exp: z.number().int().optional(),
});
export type Identity = z.output<typeof identitySchema>;

export const hasRole = (identity: Identity | null | undefined, role: Role): boolean => identity?.roles.includes(role) ?? false;
export const isCurator = (identity: Identity | null | undefined): boolean => hasRole(identity, 'curator') || hasRole(identity, 'admin');
