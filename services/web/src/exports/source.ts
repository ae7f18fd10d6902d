/**
 * Reads the published catalogue for the exports the way any client does: the public API, page by
 * page with its cursors, through registered documents. The next page is asked for as soon as a page
 * arrives, so the gateway and subgraphs (other processes under `npm start`) fetch it while this one
 * is written out; at most two pages are held at a time.
 */
import { createHash } from 'node:crypto';
import type { EntitySource, EntityType, EntityTypes, ExportStandard } from '@edu-catalogus/exchange';
import type { GatewayClient } from '../gateway/client.ts';
import { documents, type RegisteredDocument } from '../gateway/documents.ts';

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

const paged: Partial<Record<EntityType, [RegisteredDocument, string]>> = {
  tools: [documents.exportTools, 'tools'],
  products: [documents.exportProducts, 'products'],
  facilities: [documents.exportFacilities, 'facilities'],
  standards: [documents.exportStandards, 'standards'],
  offerings: [documents.exportOfferings, 'offerings'],
  advice: [documents.exportAdvice, 'adviceList'],
};

export function createApiSource(gateway: GatewayClient): EntitySource {
  async function* pages<T extends EntityType>(type: T): AsyncGenerator<EntityTypes[T][]> {
    const entry = paged[type];
    if (!entry) {
      // Organisations and categories are short unpaged lists in the API.
      const data = await gateway.read(documents.exportOrganisations);
      yield (type === 'organisations' ? data.organisations : data.categories) as EntityTypes[T][];
      return;
    }
    const [document, field] = entry;
    const read = (after: string | null) => {
      // The export documents select what exchange's EntityTypes describe; the map above loses which type is which.
      const pending = gateway.read(document, { after }) as Promise<Record<string, Page<EntityTypes[T]>>>;
      // A reader that stops early leaves the prefetched page unread: its failure is nobody's to report.
      pending.catch(() => {});
      return pending;
    };
    let next: Promise<Record<string, Page<EntityTypes[T]>>> | null = read(null);
    while (next) {
      const page: Page<EntityTypes[T]> = (await next)[field]!;
      next = page.pageInfo.hasNextPage && page.pageInfo.endCursor ? read(page.pageInfo.endCursor) : null;
      yield page.edges.map((e) => e.node);
    }
  }
  return pages as EntitySource;
}

/** The standards, all of them (tens), for the ADMS registry. */
export async function allStandards(source: EntitySource): Promise<ExportStandard[]> {
  const all: ExportStandard[] = [];
  for await (const page of source('standards')) all.push(...page);
  return all;
}

export interface Fingerprint {
  /** Changes whenever a published entry is added, removed or changed (products: added or removed; facilities, standards, offerings, advice: of the first 100 by name or id). */
  etag: string;
  lastModified: Date;
}

/** A cheap version of the published catalogue, for ETag and Last-Modified without reading it all. */
export async function catalogueFingerprint(gateway: GatewayClient): Promise<Fingerprint> {
  const data = await gateway.read(documents.exportFingerprint);
  const stamps = [data.tools, data.facilities, data.standards, data.offerings, data.adviceList].flatMap((c) => c.edges.map((e) => e.node.updatedAt));
  const newest = Math.max(0, ...stamps.map((s) => Date.parse(s)).filter(Number.isFinite));
  const hash = createHash('sha256').update(JSON.stringify(data)).digest('base64url').slice(0, 27);
  return { etag: `W/"${hash}"`, lastModified: new Date(newest) };
}
