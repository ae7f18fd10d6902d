/** All SQL for schools: by id, first stored from a token, and their profile (name, sectors, place). */
import { eq } from 'drizzle-orm';
import { queryable, type SchoolsStoreDb, schoolsTablesOf } from './dialect.ts';
import type { SchoolProfile } from './usage-input.ts';
import type { SchoolRow, Tx } from './tables.ts';
import { checkHourlyLimit, PER_HOUR } from './usage-limit.ts';
import { usageChanged, usageTransaction } from './usage-outbox.ts';

/** Stores a school the first time it declares: its id and the federation's name for it (else the id), nothing else yet. */
export async function ensureSchool(tx: Tx, id: string, name: string | undefined, at: string): Promise<void> {
  await queryable(tx)
    .insert(schoolsTablesOf(tx).schools)
    .values({ id, name: name ?? id, sectors: [], municipality: null, province: null, createdAt: at, updatedAt: at })
    .onConflictDoNothing();
}

export function createSchoolStore(db: SchoolsStoreDb, options: { perHour?: number; now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  const { schools, usageAudit, usageDeclarations } = schoolsTablesOf(db);
  const byId = async (tx: Tx, id: string): Promise<SchoolRow | undefined> => (await queryable(tx).select().from(schools).where(eq(schools.id, id)))[0];
  return {
    byId: (id: string) => byId(queryable(db), id),

    /**
     * Sets a school's profile (`sub` is who did it, for the audit); every tool it declared gets new aggregates.
     * `limited`: the school's own change, counted against its hourly limit (an admin's correction is not).
     */
    saveProfile: (id: string, sub: string, profile: SchoolProfile, { limited }: { limited: boolean }): Promise<SchoolRow> =>
      usageTransaction(db, async (tx) => {
        const at = now().toISOString();
        if (limited) await checkHourlyLimit(tx, id, at, options.perHour ?? PER_HOUR);
        await ensureSchool(tx, id, profile.name, at);
        await tx
          .update(schools)
          .set({ ...profile, updatedAt: at })
          .where(eq(schools.id, id));
        await tx.insert(usageAudit).values({ schoolId: id, toolId: null, action: limited ? 'profile' : 'admin-profile', sub, at });
        const tools = await tx.select({ toolId: usageDeclarations.toolId }).from(usageDeclarations).where(eq(usageDeclarations.schoolId, id));
        for (const { toolId } of tools) await usageChanged(tx, toolId);
        return (await byId(tx, id))!;
      }),
  };
}
export type SchoolStore = ReturnType<typeof createSchoolStore>;
