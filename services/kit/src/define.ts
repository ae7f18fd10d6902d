/**
 * `defineSubgraph`: one object says everything about a subgraph (name, port, database, SDL, resolvers,
 * seeds, context); kit derives the rest from its folder, which has the same shape in every subgraph
 * (`src/schema.graphql`, `src/main.ts`, `drizzle/`). The registry (schema/src/registry.ts) lists them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Catalogue } from '@edu-catalogus/seeds';
import { outboxResolvers } from './curation/outbox.ts';
import { type Db, openDatabase } from './db.ts';
import type { Identity } from './identity.ts';
import type { PgDb } from './postgres/open-postgres.ts';
import { type Logger, silentLogger } from './logger.ts';
import { isPostgres } from './transaction.ts';
import { type Peers, trustingPeers } from './peers.ts';
import type { Subgraph } from './run.ts';
import { createSubgraphServer } from './subgraph.ts';

// Resolver maps are typed per subgraph; Apollo's helper type is structural enough to accept them.
export type ResolverMap = Record<string, any>;

/** The value types every subgraph declares (LocalizedText, Source, Revision ...), written once. */
export const readSharedTypeDefs = () => readFileSync(path.join(import.meta.dirname, 'sdl/shared.graphql'), 'utf8');

/** A subgraph's full SDL: its own, then the shared value types (where they stood before, so the supergraph keeps its order). */
export const withSharedTypeDefs = (own: string) => `${own}\n${readSharedTypeDefs()}`;

/** What a server of the subgraph is built from; `extend` uses it for resolvers that need more than the context. */
export interface ServerParts<D> {
  db: D;
  logger: Logger;
  peers: Peers;
}

/**
 * The store a subgraph's functions take: `D`. It defaults to its SQLite database, so a subgraph whose
 * stores take only SQLite compiles as before; one that also serves from PostgreSQL types its `context`,
 * `isEmpty`, `seed` and `extend` over both (`ToolsDb | ToolsPgDb`, or kit's `StoreDb`), which is what
 * `D` is inferred as, and only then may it set `openPostgres` (whose result must be one of `D`).
 */
export type EitherStore<S extends Record<string, unknown>> = Db<S> | PgDb<any>;

export interface SubgraphSpec<S extends Record<string, unknown>, C extends BaseContext, D = Db<S>> {
  name: string;
  portVariable: string;
  defaultPort: number;
  databaseName: string;
  /** `import.meta.dirname` of the subgraph's `src/`: its `schema.graphql`, `main.ts` and `../drizzle` are found there. */
  dir: string;
  /** The drizzle tables (`store/tables.ts`). */
  tables: S;
  resolvers: ResolverMap;
  /** Stores are made once per server; the returned function makes each request's context (loaders). */
  context: (db: D, peers: Peers) => (identity: Identity | null) => C;
  isEmpty: (db: D) => boolean | Promise<boolean>;
  /**
   * Opens the subgraph's PostgreSQL store (its own schema, its committed `drizzle-pg/` migrations), for
   * `<NAME>_DATABASE_URL` / `DATABASE_URL`. Absent: the subgraph serves from SQLite only.
   */
  openPostgres?: (url: string, schema?: string) => Promise<PgDb<any> & D>;
  seed: (db: D, catalogue: Catalogue) => Promise<Record<string, number>>;
  /** Resolvers merged into the map (per root type) and Apollo plugins that need the database, logger or peers. */
  extend?: (parts: ServerParts<D>) => { resolvers?: ResolverMap; plugins?: ApolloServerPlugin<any>[] };
}

export interface SubgraphDefinition<S extends Record<string, unknown> = any, C extends BaseContext = any, D = any> extends SubgraphSpec<S, C, D> {
  /** The full SDL: kit's shared value types and the subgraph's own `schema.graphql`. */
  typeDefs: string;
  /** The process entry (`src/main.ts`), absolute. */
  entry: string;
  migrationsFolder: string;
  /** Opens (creating and migrating) its database; `:memory:` for tests. */
  open: (file: string, onQuery?: (sql: string) => void) => Db<S>;
  /** Its Apollo server and context factory over an open store (SQLite, or PostgreSQL when it has `openPostgres`). No env, no listen. */
  createServer: (options: { db: D; logger?: Logger; peers?: Peers }) => Subgraph<C>;
}

/** Merges resolver maps type by type (Query of one with Query of the other). */
export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const out: ResolverMap = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map)) out[type] = isPlainObject(fields) && isPlainObject(out[type]) ? { ...out[type], ...fields } : fields;
  return out;
}
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

export function defineSubgraph<S extends Record<string, unknown>, C extends BaseContext, D = Db<S>>(spec: SubgraphSpec<S, C, D>): SubgraphDefinition<S, C, D> {
  const typeDefs = withSharedTypeDefs(readFileSync(path.join(spec.dir, 'schema.graphql'), 'utf8'));
  const migrationsFolder = path.join(spec.dir, '../drizzle');
  return {
    ...spec,
    typeDefs,
    entry: path.join(spec.dir, 'main.ts'),
    migrationsFolder,
    open: (file, onQuery) => openDatabase({ file, schema: spec.tables, migrationsFolder, onQuery }),
    createServer: ({ db, logger = silentLogger, peers = trustingPeers }) => {
      const context = spec.context(db, peers);
      const extra = spec.extend?.({ db, logger, peers }) ?? {};
      // Every subgraph has an outbox (kit's curation tables); the gateway's change feed reads it.
      const store = db as EitherStore<S>;
      const resolvers = mergeResolvers(spec.resolvers, { Query: outboxResolvers(store) }, extra.resolvers ?? {});
      return {
        apollo: createSubgraphServer<C>({ typeDefs, resolvers, logger, ...(extra.plugins ? { plugins: extra.plugins } : {}) }),
        context: async (identity) => context(identity ?? null),
        ready: isPostgres(store)
          ? async () => (await store.$client.query('SELECT 1 AS ok')).rowCount === 1
          : () => (store as Db<S>).$client.prepare('SELECT 1').get() !== undefined,
      };
    },
  };
}
