/** The hourly limit on a school's own changes (declare, update, withdraw, profile), counted in the audit table under the write lock. */
import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import { DomainError, type ErrorCode } from '@edu-catalogus/kit/runtime';
import { queryable, schoolsTablesOf } from './dialect.ts';
import type { Tx } from './tables.ts';

/** Over the limit: RATE_LIMITED, one of the gateway's refusal codes, which it passes on like the domain codes. */
export class RateLimitedError extends DomainError {
  // kit's ErrorCode lists the five domain codes only.
  readonly code = 'RATE_LIMITED' as unknown as ErrorCode;
}

/** Default changes per school per rolling hour. */
export const PER_HOUR = 30;
export const LIMITED_ACTIONS = ['declared', 'updated', 'withdrawn', 'profile'];
const HOUR_MS = 3_600_000;

/** Refuses a change once the school made `perHour` of them in the hour before `at`; call inside the write transaction. */
export async function checkHourlyLimit(tx: Tx, school: string, at: string, perHour: number): Promise<void> {
  const { usageAudit } = schoolsTablesOf(tx);
  const since = new Date(Date.parse(at) - HOUR_MS).toISOString();
  const window = and(eq(usageAudit.schoolId, school), gt(usageAudit.at, since), inArray(usageAudit.action, LIMITED_ACTIONS));
  const [used] = await queryable(tx).select({ n: count() }).from(usageAudit).where(window);
  if ((used?.n ?? 0) < perHour) return;
  const [oldest] = await queryable(tx).select({ at: usageAudit.at }).from(usageAudit).where(window).orderBy(asc(usageAudit.at)).limit(1);
  const retryAfter = Math.max(1, Math.ceil((Date.parse(oldest?.at ?? at) + HOUR_MS - Date.parse(at)) / 1000));
  throw new RateLimitedError(`A school may declare, update, withdraw or change its profile at most ${perHour} times per hour; try again in ${retryAfter} s.`, {
    retryAfter,
  });
}
