/** All SQL for schools: by id, first stored from a token, and their profile (name, sectors, place). */
import { eq } from 'drizzle-orm';
import type { SchoolProfile } from './usage-input.ts';
import { type SchoolRow, type SchoolsDb, schools, type Tx, usageAudit, usageDeclarations } from './tables.ts';
import { checkHourlyLimit, PER_HOUR } from './usage-limit.ts';
import { usageChanged } from './usage-outbox.ts';

/** Stores a school the first time it declares: its id and the federation's name for it (else the id), nothing else yet. */
export function ensureSchool(tx: Tx, id: string, name: string | undefined, at: string): void {
  tx.insert(schools)
    .values({ id, name: name ?? id, sectors: [], municipality: null, province: null, createdAt: at, updatedAt: at })
    .onConflictDoNothing()
    .run();
}

export function createSchoolStore(db: SchoolsDb, options: { perHour?: number; now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return {
    byId: (id: string): SchoolRow | undefined => db.select().from(schools).where(eq(schools.id, id)).get(),

    /**
     * Sets a school's profile (`sub` is who did it, for the audit); every tool it declared gets new aggregates.
     * `limited`: the school's own change, counted against its hourly limit (an admin's correction is not).
     */
    saveProfile: (id: string, sub: string, profile: SchoolProfile, { limited }: { limited: boolean }): SchoolRow =>
      db.transaction(
        (tx) => {
          const at = now().toISOString();
          if (limited) checkHourlyLimit(tx, id, at, options.perHour ?? PER_HOUR);
          ensureSchool(tx, id, profile.name, at);
          tx.update(schools)
            .set({ ...profile, updatedAt: at })
            .where(eq(schools.id, id))
            .run();
          tx.insert(usageAudit)
            .values({ schoolId: id, toolId: null, action: limited ? 'profile' : 'admin-profile', sub, at })
            .run();
          const tools = tx.select({ toolId: usageDeclarations.toolId }).from(usageDeclarations).where(eq(usageDeclarations.schoolId, id)).all();
          for (const { toolId } of tools) usageChanged(tx, toolId);
          return tx.select().from(schools).where(eq(schools.id, id)).get()!;
        },
        { behavior: 'immediate' },
      ),
  };
}
export type SchoolStore = ReturnType<typeof createSchoolStore>;
