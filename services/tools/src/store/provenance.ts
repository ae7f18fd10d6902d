/** The provenance columns of a published tool, product or category, from its content: one mapping for the three writes. */
import { fromApiUncertainties, type ApiUncertainty, type ToolSeed } from '@edu-catalogus/seeds';

/** What published content gives the provenance columns (uncertainties arrive in the API's shape). */
export const provenanceOf = (c: Pick<ToolSeed, 'sources' | 'certainty' | 'verifiedAt'> & { uncertainties: ApiUncertainty[] }) => ({
  sources: c.sources,
  certainty: c.certainty,
  uncertainties: fromApiUncertainties(c.uncertainties),
  verifiedAt: c.verifiedAt ?? null,
});
