/**
 * What curators write for facilities and organisations: the seed format without `id`; and the curation workflows
 * of facilities and organisations, wired to their writes.
 */
import type { Peers } from '@edu-catalogus/kit/runtime';
import { restoreRow } from '@edu-catalogus/kit/rows';
import { createCuration, createReferenceChecks, type EntityAdapter } from '@edu-catalogus/kit/curation';
import { archiveFacility, writeFacility } from '../store/facility-store.ts';
import { archiveOrganisation, createOrganisationStore, writeOrganisation } from '../store/organisation-store.ts';
import { type FacilitiesStoreDb, facilitiesTablesOf } from '../store/dialect.ts';
import type { Tx } from '../store/tables.ts';
import { apiUncertaintiesBilingual, facilitySeed, organisationSeed } from '@edu-catalogus/seeds';
import type { z } from 'zod';

export const facilityContent = facilitySeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const facilityDraft = facilityContent.partial().required({ name: true, summary: true });
export type FacilityContent = z.output<typeof facilityContent>;

export const organisationContent = organisationSeed.omit({ id: true }).extend({ uncertainties: apiUncertaintiesBilingual });
export const organisationDraft = organisationContent.partial().required({ name: true });
export type OrganisationContent = z.output<typeof organisationContent>;

/** The workflow engine is schema-agnostic; its transactions are this subgraph's. */
const w = (tx: unknown) => tx as Tx;

export function createFacilitiesCuration(db: FacilitiesStoreDb, peers: Peers) {
  const references = createReferenceChecks(db, peers);
  const { facilities, organisations } = facilitiesTablesOf(db);
  // Organisations are this subgraph's own: a curator's must be a published one.
  const known = createOrganisationStore(db);
  const options = { organisations: async (org: string) => (await known.byIds([org])).length > 0 };
  const curated = <D extends Record<string, unknown>>(adapter: EntityAdapter<D>) => createCuration(db, adapter, options);

  return {
    facility: curated({
      type: 'Facility',
      table: facilities,
      draftSchema: facilityDraft,
      publishSchema: facilityContent,
      checkReferences: async (draft) => {
        await references.local(organisations, 'input.operator', 'organisation', draft.operator ? [draft.operator] : []);
        await references.local(organisations, 'input.partners', 'organisation', draft.partners);
        await references.local(facilities, 'input.dependsOn', 'facility', draft.dependsOn);
        await references.remote('standards', 'Standard', 'input.standards', draft.standards);
      },
      publish: (tx, id, c) => writeFacility(w(tx), id, facilityContent.parse(c)),
      archive: (tx, id) => archiveFacility(w(tx), id),
      restore: (tx, id) => restoreRow(w(tx), facilities, id),
    }),
    organisation: curated({
      type: 'Organisation',
      table: organisations,
      draftSchema: organisationDraft,
      publishSchema: organisationContent,
      checkReferences: async () => {},
      publish: (tx, id, c) => writeOrganisation(w(tx), id, organisationContent.parse(c)),
      archive: (tx, id) => archiveOrganisation(w(tx), id),
      restore: (tx, id) => restoreRow(w(tx), organisations, id),
    }),
  };
}
export type FacilitiesCuration = ReturnType<typeof createFacilitiesCuration>;
