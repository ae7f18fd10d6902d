/**
 * The public side of usage declarations: per tool, how many schools, per sector and province, the schools
 * that opted in to be named and their approved notes. A school that did not opt in is counted and never
 * named: its name, place and note never leave this file.
 */
import { eq, inArray } from 'drizzle-orm';
import { PROVINCES, SECTORS } from './usage-input.ts';
import { queryable, type SchoolsStoreDb, schoolsTablesOf } from './dialect.ts';

export interface NamedSchool {
  name: string;
  municipality: string | null;
  sectors: string[];
  contactable: boolean;
  since: string | null;
}
/** A tool's usage as the resolvers receive it (the generated types name the GraphQL type ToolUsage). */
export type ToolUsageAggregate = ToolUsage;
export interface ToolUsage {
  schools: number;
  bySector: { sector: string; count: number }[];
  byProvince: { province: string; count: number }[];
  namedSchools: NamedSchool[];
  notes: { text: string; school: NamedSchool; approvedAt: string }[];
}

const tally = <K extends string>(order: readonly K[], values: (string | null)[]) =>
  order.map((key) => ({ key, count: values.filter((v) => v === key).length })).filter((t) => t.count > 0);

export function createUsageAggregates(db: SchoolsStoreDb) {
  const { schools, usageDeclarations } = schoolsTablesOf(db);
  return {
    async byToolIds(ids: readonly string[]): Promise<Map<string, ToolUsage>> {
      const rows = ids.length
        ? await queryable(db)
            .select({ d: usageDeclarations, s: schools })
            .from(usageDeclarations)
            .innerJoin(schools, eq(schools.id, usageDeclarations.schoolId))
            .where(inArray(usageDeclarations.toolId, [...ids]))
        : [];
      const byTool = new Map<string, typeof rows>(ids.map((id) => [id, []]));
      for (const row of rows) byTool.get(row.d.toolId)?.push(row);
      const usage = new Map<string, ToolUsage>();
      for (const [id, mine] of byTool) {
        const named = mine
          .filter((r) => r.d.namedPublicly)
          .map((r) => ({
            school: { name: r.s.name, municipality: r.s.municipality, sectors: r.s.sectors, contactable: r.d.contactable, since: r.d.since },
            row: r.d,
          }))
          .sort((a, b) => a.school.name.localeCompare(b.school.name, 'nl'));
        usage.set(id, {
          schools: mine.length,
          bySector: tally(
            SECTORS,
            mine.flatMap((r) => r.s.sectors),
          ).map((t) => ({ sector: t.key, count: t.count })),
          byProvince: tally(
            PROVINCES,
            mine.map((r) => r.s.province),
          )
            .sort((a, b) => b.count - a.count)
            .map((t) => ({ province: t.key, count: t.count })),
          namedSchools: named.map((n) => n.school),
          notes: named
            .filter((n) => n.row.noteStatus === 'APPROVED' && n.row.note)
            .map((n) => ({ text: n.row.note!, school: n.school, approvedAt: n.row.noteReviewedAt ?? n.row.updatedAt }))
            .sort((a, b) => b.approvedAt.localeCompare(a.approvedAt)),
        });
      }
      return usage;
    },
  };
}
