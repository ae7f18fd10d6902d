/**
 * CSV per entity type (RFC 4180: CRLF, quoted where needed, UTF-8 with a BOM and a header row), written
 * page by page. Multi-valued fields are one field with the values joined by " | "; texts in two
 * languages are two columns (`summary_nl`, `summary_en`); a missing value is an empty field.
 */
import { stringify } from 'csv-stringify/sync';
import type {
  EntitySource,
  EntityType,
  EntityTypes,
  ExportFacility,
  ExportOrganisation,
  ExportProduct,
  ExportStandard,
  ExportTool,
  ExportCategory,
  ExportOffering,
  ExportAdvice,
  Localized,
  LocalizedList,
  Source,
} from './model.ts';

export const LIST_SEPARATOR = ' | ';

type Cell = string | number | boolean | null | undefined;
type Column<T> = [name: string, value: (row: T) => Cell];

const list = (values: readonly (string | null | undefined)[] | null | undefined) => (values ?? []).filter(Boolean).join(LIST_SEPARATOR);
const ids = (refs: readonly { id: string }[]) => list(refs.map((r) => r.id));
const localized = <T>(name: string, get: (row: T) => Localized | null | undefined): Column<T>[] => [
  [`${name}_nl`, (row) => get(row)?.nl],
  [`${name}_en`, (row) => get(row)?.en],
];
const localizedList = <T>(name: string, get: (row: T) => LocalizedList | null | undefined): Column<T>[] => [
  [`${name}_nl`, (row) => list(get(row)?.nl)],
  [`${name}_en`, (row) => list(get(row)?.en)],
];
const sources = <T extends { sources: Source[] }>(): Column<T> => ['sources', (row) => list(row.sources.map((s) => s.url))];

export const CSV_COLUMNS: { [K in EntityType]: Column<EntityTypes[K]>[] } = {
  tools: [
    ['id', (t: ExportTool) => t.id],
    ['name', (t: ExportTool) => t.name],
    ...localized<ExportTool>('summary', (t) => t.summary),
    ...localized<ExportTool>('description', (t) => t.description),
    ['homepage', (t: ExportTool) => t.homepage],
    ['repository', (t: ExportTool) => t.repository],
    ['license', (t: ExportTool) => t.license.expression],
    ['license_osi_approved', (t: ExportTool) => t.license.osiApproved],
    ['categories', (t: ExportTool) => ids(t.categories)],
    ['platforms', (t: ExportTool) => list(t.platforms)],
    ['sectors', (t: ExportTool) => list(t.sectors)],
    ['hosting', (t: ExportTool) => list(t.hosting)],
    ['languages', (t: ExportTool) => list(t.languages)],
    ['development_status', (t: ExportTool) => t.developmentStatus],
    ['maintenance', (t: ExportTool) => t.maintenance],
    ...localizedList<ExportTool>('features', (t) => t.features),
    ['replaces', (t: ExportTool) => list(t.replaces.map((r) => `${r.product.id}:${r.fit}`))],
    ['standards', (t: ExportTool) => ids(t.standards)],
    ['facilities', (t: ExportTool) => ids(t.facilities)],
    ['curated_by', (t: ExportTool) => t.curatedBy?.id],
    sources<ExportTool>(),
    ['certainty', (t: ExportTool) => t.certainty],
    ['verified_at', (t: ExportTool) => t.verifiedAt],
    ['updated_at', (t: ExportTool) => t.updatedAt],
  ],
  products: [
    ['id', (p: ExportProduct) => p.id],
    ['name', (p: ExportProduct) => p.name],
    ['vendor', (p: ExportProduct) => p.vendor],
    ['vendor_country', (p: ExportProduct) => p.vendorCountry],
    ['aliases', (p: ExportProduct) => list(p.aliases)],
    ['category', (p: ExportProduct) => p.category.id],
    ['homepage', (p: ExportProduct) => p.homepage],
    ...localized<ExportProduct>('summary', (p) => p.summary),
    ['discontinued', (p: ExportProduct) => p.discontinued],
    sources<ExportProduct>(),
    ['certainty', (p: ExportProduct) => p.certainty],
    ['verified_at', (p: ExportProduct) => p.verifiedAt],
  ],
  facilities: [
    ['id', (f: ExportFacility) => f.id],
    ['name', (f: ExportFacility) => f.name],
    ['acronym', (f: ExportFacility) => f.acronym],
    ['kind', (f: ExportFacility) => f.kind],
    ['status', (f: ExportFacility) => f.status],
    ['operator', (f: ExportFacility) => f.operator?.id ?? ''],
    ['partners', (f: ExportFacility) => ids(f.partners)],
    ['sectors', (f: ExportFacility) => list(f.sectors)],
    ['homepage', (f: ExportFacility) => f.homepage],
    ...localized<ExportFacility>('summary', (f) => f.summary),
    ...localized<ExportFacility>('description', (f) => f.description),
    ...localized<ExportFacility>('how_to_connect', (f) => f.howToConnect),
    ['depends_on', (f: ExportFacility) => ids(f.dependsOn)],
    ['standards', (f: ExportFacility) => ids(f.standards)],
    sources<ExportFacility>(),
    ['certainty', (f: ExportFacility) => f.certainty],
    ['verified_at', (f: ExportFacility) => f.verifiedAt],
    ['updated_at', (f: ExportFacility) => f.updatedAt],
  ],
  standards: [
    ['id', (s: ExportStandard) => s.id],
    ['name', (s: ExportStandard) => s.name],
    ['acronym', (s: ExportStandard) => s.acronym],
    ['maintainer', (s: ExportStandard) => s.maintainer?.id ?? ''],
    ['domain', (s: ExportStandard) => s.domain],
    ...localized<ExportStandard>('summary', (s) => s.summary),
    ...localized<ExportStandard>('description', (s) => s.description),
    ['specification_url', (s: ExportStandard) => s.specificationUrl],
    ['sectors', (s: ExportStandard) => list(s.sectors)],
    ['international', (s: ExportStandard) => s.international],
    ['versions', (s: ExportStandard) => list(s.versions.map((v) => `${v.version}:${v.status}`))],
    sources<ExportStandard>(),
    ['certainty', (s: ExportStandard) => s.certainty],
    ['verified_at', (s: ExportStandard) => s.verifiedAt],
    ['updated_at', (s: ExportStandard) => s.updatedAt],
  ],
  organisations: [
    ['id', (o: ExportOrganisation) => o.id],
    ['name', (o: ExportOrganisation) => o.name],
    ['short_name', (o: ExportOrganisation) => o.shortName],
    ['kind', (o: ExportOrganisation) => o.kind],
    ['homepage', (o: ExportOrganisation) => o.homepage],
    ['country', (o: ExportOrganisation) => o.country],
    ...localized<ExportOrganisation>('summary', (o) => o.summary),
    sources<ExportOrganisation>(),
    ['certainty', (o: ExportOrganisation) => o.certainty],
    ['verified_at', (o: ExportOrganisation) => o.verifiedAt],
  ],
  categories: [
    ['id', (c: ExportCategory) => c.id],
    ...localized<ExportCategory>('name', (c) => c.name),
    ['publiccode', (c: ExportCategory) => c.publiccode],
    sources<ExportCategory>(),
    ['certainty', (c: ExportCategory) => c.certainty],
    ['verified_at', (c: ExportCategory) => c.verifiedAt],
  ],
  offerings: [
    ['id', (o: ExportOffering) => o.id],
    ['tool', (o: ExportOffering) => o.tool.id],
    ['provider', (o: ExportOffering) => o.provider.id],
    ['sectors', (o: ExportOffering) => list(o.sectors)],
    ['data_country', (o: ExportOffering) => o.dataLocation.country],
    ['data_within_eu', (o: ExportOffering) => o.dataLocation.withinEu],
    ['processor_agreement', (o: ExportOffering) => o.processorAgreement],
    ['sign_in', (o: ExportOffering) => list(o.signIn)],
    ['price_kind', (o: ExportOffering) => o.price.kind],
    ['price_amount', (o: ExportOffering) => o.price.amount],
    ['price_currency', (o: ExportOffering) => o.price.currency],
    ['price_as_of', (o: ExportOffering) => o.price.asOf],
    ['url', (o: ExportOffering) => o.url],
    sources<ExportOffering>(),
    ['certainty', (o: ExportOffering) => o.certainty],
    ['verified_at', (o: ExportOffering) => o.verifiedAt],
    ['updated_at', (o: ExportOffering) => o.updatedAt],
  ],
  advice: [
    ['id', (a: ExportAdvice) => a.id],
    ['product', (a: ExportAdvice) => a.product.id],
    ['sector', (a: ExportAdvice) => a.sector],
    ['recommended', (a: ExportAdvice) => ids(a.recommended)],
    ['also_consider', (a: ExportAdvice) => ids(a.alsoConsider)],
    ...localized<ExportAdvice>('summary', (a) => a.summary),
    ['reasons', (a: ExportAdvice) => list(a.reasons)],
    ['caveats', (a: ExportAdvice) => list(a.caveats)],
    sources<ExportAdvice>(),
    ['certainty', (a: ExportAdvice) => a.certainty],
    ['verified_at', (a: ExportAdvice) => a.verifiedAt],
    ['updated_at', (a: ExportAdvice) => a.updatedAt],
  ],
};

export const CSV_TYPES = Object.keys(CSV_COLUMNS) as EntityType[];

export interface CsvOptions {
  /** `;` for Dutch Excel; `,` (the RFC) by default. */
  delimiter?: ',' | ';';
}

/** The CSV of one entity type as text chunks, one per page read. */
export async function* csvChunks<T extends EntityType>(source: EntitySource, type: T, options: CsvOptions = {}): AsyncGenerator<string> {
  const columns = CSV_COLUMNS[type] as Column<EntityTypes[T]>[];
  const settings = {
    delimiter: options.delimiter ?? ',',
    record_delimiter: 'windows' as const,
    escape_formulas: true,
    cast: { boolean: (v: boolean) => String(v) },
  };
  yield stringify([columns.map(([name]) => name)], { ...settings, bom: true });
  for await (const page of source(type)) {
    if (page.length > 0)
      yield stringify(
        page.map((row) => columns.map(([, value]) => value(row) ?? null)),
        settings,
      );
  }
}
