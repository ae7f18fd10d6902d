/** Curators' review of schools' experience notes: the queue, approve and reject (the version read must still be current). */
import { ConflictError, ForbiddenError, NotFoundError } from '@edu-catalogus/kit/runtime';
import { asc, eq } from 'drizzle-orm';
import { type SchoolsDb, usageAudit, usageDeclarations } from './tables.ts';
import { usageChanged } from './usage-outbox.ts';

export function createNoteStore(db: SchoolsDb, now: () => Date = () => new Date()) {
  return {
    pending: () => db.select().from(usageDeclarations).where(eq(usageDeclarations.noteStatus, 'PENDING')).orderBy(asc(usageDeclarations.updatedAt)).all(),

    review: (id: string, version: number, curator: { sub: string; school: string | null }, decision: { approve: true } | { approve: false; reason: string }) =>
      db.transaction(
        (tx) => {
          const row = tx.select().from(usageDeclarations).where(eq(usageDeclarations.id, id)).get();
          if (!row) throw new NotFoundError(`declaration: there is no usage declaration "${id}"`, { field: 'declaration' });
          if (curator.school === row.schoolId) throw new ForbiddenError('A curator does not review the notes of their own school.');
          if (row.version !== version)
            throw new ConflictError(`version: the school changed this declaration (now version ${row.version}); read it again`, { field: 'version' });
          if (row.note === null) throw new ConflictError('declaration: this declaration has no note to review', { field: 'declaration' });
          const at = now().toISOString();
          const review = decision.approve
            ? { noteStatus: 'APPROVED', noteRejection: null, noteReviewedAt: at }
            : { noteStatus: 'REJECTED', noteRejection: decision.reason, noteReviewedAt: at };
          tx.update(usageDeclarations).set(review).where(eq(usageDeclarations.id, id)).run();
          const action = decision.approve ? 'note-approved' : 'note-rejected';
          tx.insert(usageAudit).values({ schoolId: row.schoolId, toolId: row.toolId, action, sub: curator.sub, at }).run();
          // A note (dis)appears on the tool's public usage.
          if (row.noteStatus === 'APPROVED' || decision.approve) usageChanged(tx, row.toolId);
          return { ...row, ...review };
        },
        { behavior: 'immediate' },
      ),
  };
}
export type NoteStore = ReturnType<typeof createNoteStore>;
