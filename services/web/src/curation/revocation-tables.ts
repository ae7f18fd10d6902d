/**
 * The site's one table, on PostgreSQL only (WEB_DATABASE_URL or DATABASE_URL, in the `web` schema): the
 * sign-outs every instance of the site refuses (shared-revocations.ts). drizzle-kit generates the committed
 * migrations in drizzle-pg/ from this file (`npm run db:generate:pg -w @edu-catalogus/web`).
 */
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    /** SHA-256 of the signed-out token (base64url): the token itself is never stored. */
    hash: text('hash').primaryKey(),
    /** When the token expires anyway; the row is deleted after. */
    until: timestamp('until', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('revoked_sessions_until').on(t.until)],
);
