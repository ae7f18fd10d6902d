/** The curation workflows of facilities and organisations, wired to their writes. */
import { and, eq, inArray } from 'drizzle-orm';
import { InputError, type Peers } from '@edu-catalogus/kit';
import { createCuration } from '@edu-catalogus/kit/curation';
import type { FacilitiesDb } from '../db/facility-store.ts';
import { facilities, organisations } from '../db/schema.ts';
import { archiveRow, writeFacility, writeOrganisation, type Tx } from '../db/writes.ts';
import * as content from './content.ts';

/** The workflow engine is schema-agnostic; its transactions are this subgraph's. */
const w = (tx: unknown) => tx as Tx;

export function createFacilitiesCuration(db: FacilitiesDb, peers: Peers) {
  const requireLocal = (table: typeof facilities | typeof organisations, field: string, kind: string, ids: readonly string[] | undefined) => {
    if (!ids?.length) return;
    const found = new Set(db.select({ id: table.id }).from(table).where(and(inArray(table.id, [...ids]), eq(table.status, 'PUBLISHED'))).all().map((r) => r.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new InputError(field, `${field}: there is no published ${kind} "${missing}"`);
  };

  return {
    facility: createCuration(db, {
      type: 'Facility',
      draftSchema: content.facilityDraft,
      publishSchema: content.facilityContent,
      checkReferences: async (draft) => {
        requireLocal(organisations, 'input.operator', 'organisation', draft.operator ? [draft.operator] : []);
        requireLocal(organisations, 'input.partners', 'organisation', draft.partners);
        requireLocal(facilities, 'input.dependsOn', 'facility', draft.dependsOn);
        const standards = draft.standards ?? [];
        const found = await peers.existing('standards', 'Standard', standards);
        const missing = standards.find((id) => !found.has(id));
        if (missing) throw new InputError('input.standards', `input.standards: there is no published standard "${missing}"`);
      },
      publish: (tx, id, c) => writeFacility(w(tx), id, content.facilityContent.parse(c)),
      archive: (tx, id) => archiveRow(w(tx), facilities, id),
    }),
    organisation: createCuration(db, {
      type: 'Organisation',
      draftSchema: content.organisationDraft,
      publishSchema: content.organisationContent,
      checkReferences: async () => {},
      publish: (tx, id, c) => writeOrganisation(w(tx), id, content.organisationContent.parse(c)),
      archive: (tx, id) => archiveRow(w(tx), organisations, id),
    }),
  };
}
export type FacilitiesCuration = ReturnType<typeof createFacilitiesCuration>;
