/**
 * The import rules of the repository (issue 12), checked by `npm run deps` in `npm test`: no circles; no subgraph
 * imports another subgraph, the web, the gateway, exchange or ops; kit imports no other workspace but seeds; the
 * gateway and the web never reach the database driver, drizzle or the stemmers; inside a subgraph imports go
 * down only: definition/main → context/resolvers → curation → store → store/search → kit.
 * kit is imported by subpath only (its root `@edu-catalogus/kit` is gone).
 * test/test/dependency-rules.test.ts runs these rules over a small fixture tree so they cannot silently rot.
 */

/** A subgraph folder (every services/<name> but the shared and the non-subgraph workspaces); $1 is its name. */
const SUBGRAPH = '^services/(?!(?:kit|web|exchange|ops)/)([^/]+)/';
/** What sits above a layer inside subgraph $1. */
const ABOVE_CURATION = '^services/$1/src/(resolvers/|context\\.ts$|definition\\.ts$|main\\.ts$)';
// The site's sign-outs on PostgreSQL, and the two modules that load them dynamically (when a database URL is set).
const WEB_ON_POSTGRES = '^services/web/src/curation/(shared-revocations|revocation-tables)\\.ts$';
const WEB_LOADING_POSTGRES = '^services/web/src/(serve|index)\\.ts$';
const ABOVE_STORE = '^services/$1/src/(resolvers/|curation/|context\\.ts$|definition\\.ts$|main\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle means neither module can be read, tested or moved without the other. (A module naming its own namespace as a type, `import type * as tables from "./tables.ts"`, is no circle.)',
      from: { path: '(.+)' },
      // Nor is one through generated code (codegen's resolver types name mapper types that resolvers declare).
      to: { circular: true, pathNot: '^$1$', viaOnly: { pathNot: '\\.generated\\.ts$' } },
    },
    {
      name: 'subgraph-stays-in-its-folder',
      severity: 'error',
      comment: 'A subgraph reaches other subgraphs only through federation; it never imports them, the web, the gateway, exchange or ops.',
      from: { path: SUBGRAPH },
      to: { path: '^(services/[^/]+|gateway)/', pathNot: '^services/(kit|$1)/' },
    },
    {
      name: 'kit-imports-no-workspace',
      severity: 'error',
      comment: 'kit is the bottom layer: the registry (schema), the gateway and the subgraphs pass it names and URLs at run time.',
      from: { path: '^services/kit/' },
      to: { path: '^(services/[^/]+|gateway|schema|test)/', pathNot: '^services/kit/' },
    },
    {
      name: 'kit-by-subpath',
      severity: 'error',
      comment:
        'kit is imported by purpose (/runtime, /data, /search, /subgraph, /curation, /testing, ...); it has no root entry, so nothing loads all of kit to get a logger.',
      from: {},
      to: { path: '^(@edu-catalogus/kit|services/kit/src/index\\.ts)$' },
    },
    {
      name: 'light-processes-stay-light',
      severity: 'error',
      comment:
        'The gateway and the web serve without a catalogue database: they import kit/runtime, never what loads the driver, drizzle or the stemmers. ' +
        "The one exception is the site's sign-outs on PostgreSQL (WEB_DATABASE_URL): serve.ts imports them dynamically, only when a URL is set " +
        '(light-processes.test.ts checks at run time that a site on DATA_DIR loads none of it).',
      from: { path: '^(gateway|services/web)/src/', pathNot: [WEB_ON_POSTGRES, WEB_LOADING_POSTGRES] },
      to: { path: 'node_modules/(better-sqlite3|drizzle-orm|snowball-stemmers)/', reachable: true },
    },
    {
      name: 'web-postgres-stays-small',
      severity: 'error',
      comment: "The site's sign-outs on PostgreSQL load drizzle and pg only: no SQLite, no stores, no search (kit/postgres-open).",
      from: { path: WEB_ON_POSTGRES },
      to: { path: 'node_modules/(better-sqlite3|snowball-stemmers)/', reachable: true },
    },
    {
      name: 'web-postgres-only-when-asked',
      severity: 'error',
      comment: "Only serve.ts loads the site's sign-outs on PostgreSQL, by a dynamic import when a database URL is set.",
      from: { path: '^services/web/src/', pathNot: WEB_ON_POSTGRES },
      to: { path: WEB_ON_POSTGRES, dependencyTypesNot: ['dynamic-import', 'type-only'] },
    },
    {
      name: 'store-only-looks-down',
      severity: 'error',
      comment: 'The store holds the SQL; it never imports resolvers, curation, the context or the definition.',
      from: { path: `${SUBGRAPH}src/store/` },
      to: { path: ABOVE_STORE },
    },
    {
      name: 'search-serves-the-store',
      severity: 'error',
      comment: 'store/search is below the stores: it gets rows passed in (or reads the tables itself) and never imports a store or the seed.',
      from: { path: `${SUBGRAPH}src/store/search/` },
      to: { path: '^services/$1/src/store/[^/]+$', pathNot: '^services/$1/src/store/((pg-)?tables|dialect)\\.ts$' },
    },
    {
      name: 'curation-only-looks-down',
      severity: 'error',
      comment: 'Curation adapters use the stores; resolvers, the context and the definition use curation, not the other way round.',
      from: { path: `${SUBGRAPH}src/curation/` },
      to: { path: ABOVE_CURATION },
    },
    {
      name: 'resolvers-below-the-definition',
      severity: 'error',
      comment: 'The definition wires resolvers and context; they never import it or the process entry.',
      from: { path: `${SUBGRAPH}src/(resolvers/|context\\.ts$)` },
      to: { path: '^services/$1/src/(definition|main)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(drizzle|dist|coverage|\\.data)/|\\.d\\.ts$' },
    // Type-only imports count: an upward `import type` still ties a layer to the one above it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
