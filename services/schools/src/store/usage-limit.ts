/** The hourly limit on a school's own changes (declare, update, withdraw, profile), counted in the audit table under the write lock. */
import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import { RateLimitedError } from './usage-errors.ts';
import { type Tx, usageAudit } from './tables.ts';

/** Default changes per school per rolling hour. */
export const PER_HOUR = 30;
export const LIMITED_ACTIONS = ['declared', 'updated', 'withdrawn', 'profile'];
const HOUR_MS = 3_600_000;

/** Refuses a change once the school made `perHour` of them in the hour before `at`; call inside the write transaction. */
export function checkHourlyLimit(tx: Tx, school: string, at: string, perHour: number): void {
  const since = new Date(Date.parse(at) - HOUR_MS).toISOString();
  const window = and(eq(usageAudit.schoolId, school), gt(usageAudit.at, since), inArray(usageAudit.action, LIMITED_ACTIONS));
  const [used] = tx.select({ n: count() }).from(usageAudit).where(window).all();
  if ((used?.n ?? 0) < perHour) return;
  const [oldest] = tx.select({ at: usageAudit.at }).from(usageAudit).where(window).orderBy(asc(usageAudit.at)).limit(1).all();
  const retryAfter = Math.max(1, Math.ceil((Date.parse(oldest?.at ?? at) + HOUR_MS - Date.parse(at)) / 1000));
  throw new RateLimitedError(`A school may declare, update, withdraw or change its profile at most ${perHour} times per hour; try again in ${retryAfter} s.`, {
    retryAfter,
  });
}
