/** The API's types as introspection gives them, read once through the gateway, for building curator forms. */
import type { GatewayClient } from '../gateway/client.ts';
import { documents } from '../gateway/documents.ts';

export interface TypeRef {
  kind: string;
  name: string | null;
  /** Absent below the depth the TypeRef fragment asks for. */
  ofType?: TypeRef | null;
}

export interface SchemaType {
  kind: string;
  name: string;
  fields: { name: string; type: TypeRef }[] | null;
  inputFields: { name: string; description: string | null; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}

export interface NamedRef {
  name: string;
  kind: string;
  list: boolean;
  required: boolean;
}

/** `[Category!]!` -> { name: 'Category', kind: 'OBJECT', list: true, required: true }. */
export function unwrap(ref: TypeRef): NamedRef {
  const required = ref.kind === 'NON_NULL';
  let list = false;
  let current: TypeRef | null = ref;
  while (current && !current.name) {
    if (current.kind === 'LIST') list = true;
    current = current.ofType ?? null;
  }
  return { name: current?.name ?? '', kind: current?.kind ?? 'SCALAR', list, required };
}

export type SchemaModel = Map<string, SchemaType>;

/**
 * Loads the schema once per process and keeps it: the supergraph changes only with a new release,
 * which restarts this process too. The first curator request pays for it.
 */
export function createSchemaSource(gateway: GatewayClient) {
  let loading: Promise<SchemaModel> | undefined;
  return (token: string): Promise<SchemaModel> => {
    loading ??= gateway
      .read(documents.curatorSchema, {}, { token })
      // Only wrappers (lists, non-null) lack a name, and `__schema.types` lists named types.
      .then((data) => new Map(data.__schema.types.flatMap((t): [string, SchemaType][] => (t.name ? [[t.name, { ...t, name: t.name }]] : []))))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
