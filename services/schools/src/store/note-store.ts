/** Curators' review of schools' experience notes: the queue, approve and reject (the version read must still be current). */
import { ConflictError, ForbiddenError, NotFoundError } from '@edu-catalogus/kit/runtime';
import { asc, eq } from 'drizzle-orm';
import { queryable, type SchoolsStoreDb, schoolsTablesOf } from './dialect.ts';
import { usageChanged, usageTransaction } from './usage-outbox.ts';

export function createNoteStore(db: SchoolsStoreDb, now: () => Date = () => new Date()) {
  const { usageAudit, usageDeclarations } = schoolsTablesOf(db);
  return {
    pending: async () =>
      queryable(db).select().from(usageDeclarations).where(eq(usageDeclarations.noteStatus, 'PENDING')).orderBy(asc(usageDeclarations.updatedAt)),

    review: (id: string, version: number, curator: { sub: string; school: string | null }, decision: { approve: true } | { approve: false; reason: string }) =>
      usageTransaction(db, async (tx) => {
        const [row] = await tx.select().from(usageDeclarations).where(eq(usageDeclarations.id, id));
        if (!row) throw new NotFoundError(`declaration: there is no usage declaration "${id}"`, { field: 'declaration' });
        if (curator.school === row.schoolId) throw new ForbiddenError('A curator does not review the notes of their own school.');
        if (row.version !== version)
          throw new ConflictError(`version: the school changed this declaration (now version ${row.version}); read it again`, { field: 'version' });
        if (row.note === null) throw new ConflictError('declaration: this declaration has no note to review', { field: 'declaration' });
        const at = now().toISOString();
        const review = decision.approve
          ? { noteStatus: 'APPROVED', noteRejection: null, noteReviewedAt: at }
          : { noteStatus: 'REJECTED', noteRejection: decision.reason, noteReviewedAt: at };
        await tx.update(usageDeclarations).set(review).where(eq(usageDeclarations.id, id));
        const action = decision.approve ? 'note-approved' : 'note-rejected';
        await tx.insert(usageAudit).values({ schoolId: row.schoolId, toolId: row.toolId, action, sub: curator.sub, at });
        // A note (dis)appears on the tool's public usage.
        if (row.noteStatus === 'APPROVED' || decision.approve) await usageChanged(tx, row.toolId);
        return { ...row, ...review };
      }),
  };
}
export type NoteStore = ReturnType<typeof createNoteStore>;
