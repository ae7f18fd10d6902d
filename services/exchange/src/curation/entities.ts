/**
 * Curation of any entity type, driven by the API's own introspection: the published content is read
 * with a selection built from `<Type>Input` (references as `{ id }`), so an update starts from
 * everything the entry holds and changes only what an import says. Used by the JSON dump import.
 */
import type { CurationClient } from './client.ts';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: Field[] | null;
  inputFields: Field[] | null;
}

/** Input fields whose output field has another name (`Advice.recommended` is set by `AdviceInput.recommend`). */
const OUTPUT_NAMES: Record<string, string> = { 'Advice.recommend': 'recommended' };

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isList = (t: TypeRef | null): boolean => t !== null && (t.kind === 'LIST' || isList(t.ofType));

export interface EntityOps {
  type: string;
  /** Input fields that list entries of this same type (a facility's `dependsOn`). */
  selfReferences: string[];
  /**
   * Entries the caller may read (not archived): id, version, whether published, whether a draft awaits
   * review, and current content (the draft, else the published content) as input.
   */
  list(): Promise<{ id: string; version: number; published: boolean; pending: boolean; current: Record<string, unknown> }[]>;
  create(input: Record<string, unknown>, comment: string): Promise<{ id: string; version: number }>;
  /**
   * Creates entries that do not exist yet, several to a request (`createBatches`); each answer is the new
   * entry or the error that refused it. When a request fails, the entries it did create are found by their
   * ids (`id`: the id the entry will have) and the rest are created one at a time, each with its own answer.
   */
  createMany(items: { id: string; input: Record<string, unknown> }[], comment: string): Promise<({ id: string; version: number } | Error)[]>;
  update(id: string, expectedVersion: number, input: Record<string, unknown>, comment: string): Promise<{ id: string; version: number }>;
  /** An exported entity (references as `{ id }`) as input: only the fields the input type has. */
  toInput(entity: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Creates per request: at most 10 (the gateway allows 15 aliases by default, MAX_ALIASES) and about 50 kB of
 * inputs (it refuses bodies over 100 kB, MAX_BODY_BYTES). One request for ten drafts instead of ten: an
 * import of the whole catalogue (~800 entries) makes a tenth of the requests.
 */
const BATCH_ENTRIES = 10;
const BATCH_BYTES = 50_000;
function createBatches<T extends { input: unknown }>(items: T[]): T[][] {
  const batches: T[][] = [];
  let bytes = 0;
  for (const item of items) {
    const size = JSON.stringify(item.input).length;
    const last = batches.at(-1);
    if (last && last.length < BATCH_ENTRIES && bytes + size <= BATCH_BYTES) {
      last.push(item);
      bytes += size;
    } else {
      batches.push([item]);
      bytes = size;
    }
  }
  return batches;
}

/** The API's types as introspection tells them: read once, for the operations of every entity type. */
export type ApiTypes = ReadonlyMap<string, FullType>;

export async function introspectTypes(api: CurationClient): Promise<ApiTypes> {
  const { __schema } = await api<{ __schema: { types: FullType[] } }>(
    `{ __schema { types { name kind fields { name type { ...T } } inputFields { name type { ...T } } } } }
     fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`,
  );
  return new Map(__schema.types.map((t) => [t.name, t]));
}

/** `types`: from introspectTypes, when the caller works on several entity types (one introspection, not one each). */
export async function loadEntityOps(api: CurationClient, typeName: string, types?: ApiTypes): Promise<EntityOps> {
  return entityOps(api, typeName, types ?? (await introspectTypes(api)));
}

function entityOps(api: CurationClient, typeName: string, types: ApiTypes): EntityOps {
  /** Selection of `output` for the fields of `input`, and a converter of such a value to input. */
  const selfReferences: string[] = [];
  function plan(outputName: string, inputName: string): { selection: string; convert: (value: unknown) => Record<string, unknown> } {
    const output = types.get(outputName)!;
    const input = types.get(inputName)!;
    const parts: string[] = [];
    const converters: [string, string, (v: unknown) => unknown][] = [];
    for (const field of input.inputFields ?? []) {
      const outName = OUTPUT_NAMES[`${outputName}.${field.name}`] ?? field.name;
      const out = output.fields?.find((f) => f.name === outName);
      if (!out) continue;
      const inType = named(field.type);
      const outType = named(out.type);
      if (outType.kind === 'OBJECT' && inType.kind !== 'INPUT_OBJECT') {
        if (outputName === typeName && outType.name === typeName && isList(field.type)) selfReferences.push(field.name);
        parts.push(`${outName} { id }`);
        converters.push([field.name, outName, (v) => (Array.isArray(v) ? v.map((r) => (r as { id: string }).id) : (v as { id: string } | null)?.id)]);
      } else if (inType.kind === 'INPUT_OBJECT') {
        const inner = plan(outType.name!, inType.name!);
        parts.push(`${outName} { ${inner.selection} }`);
        converters.push([field.name, outName, (v) => (Array.isArray(v) ? v.map(inner.convert) : v == null ? v : inner.convert(v))]);
      } else {
        parts.push(outName);
        converters.push([field.name, outName, (v) => v]);
      }
    }
    const convert = (value: unknown): Record<string, unknown> => {
      const source = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const [name, outName, fn] of converters) {
        const v = source[outName];
        if (v !== null && v !== undefined) result[name] = fn(v);
      }
      return result;
    };
    return { selection: parts.join(' '), convert };
  }
  const { selection, convert } = plan(typeName, `${typeName}Input`);
  // Some entries are named by their content (an alternative: `<tool>--<product>`), not by an id of their own.
  const hasIdInput = types.get(`${typeName}Input`)!.inputFields?.some((f) => f.name === 'id') ?? false;
  const withoutContentId = (input: Record<string, unknown>) => {
    if (hasIdInput) return input;
    const { id: _id, ...rest } = input;
    return rest;
  };
  const lower = typeName[0]!.toLowerCase() + typeName.slice(1);
  const ops: EntityOps = {
    type: typeName,
    selfReferences,
    async list() {
      const data = await api<Record<string, { id: string; version: number; entryStatus: string; draft: Record<string, unknown> | null; published: unknown }[]>>(
        `query ImportEntries { ${lower}Entries { id version entryStatus draft published { ${selection} } } }`,
      );
      return data[`${lower}Entries`]!.filter((e) => e.entryStatus !== 'ARCHIVED').map((e) => ({
        id: e.id,
        version: e.version,
        published: e.published != null,
        pending: e.draft != null,
        current: e.draft ?? (e.published ? convert(e.published) : {}),
      }));
    },
    async create(input, comment) {
      const data = await api<Record<string, { id: string; version: number }>>(
        `mutation ImportCreate($input: ${typeName}Input!, $comment: String) { create${typeName}(input: $input, comment: $comment) { id version } }`,
        { input: withoutContentId(input), comment },
      );
      return data[`create${typeName}`]!;
    },
    async createMany(items, comment) {
      const answers: ({ id: string; version: number } | Error)[] = [];
      for (const batch of createBatches(items)) {
        const inputs = batch.map(({ input }) => withoutContentId(input));
        const variables = Object.fromEntries([['comment', comment], ...inputs.map((input, i) => [`i${i}`, input])]);
        try {
          const data = await api<Record<string, { id: string; version: number }>>(
            `mutation ImportCreates($comment: String, ${inputs.map((_, i) => `$i${i}: ${typeName}Input!`).join(', ')}) { ${inputs
              .map((_, i) => `c${i}: create${typeName}(input: $i${i}, comment: $comment) { id version }`)
              .join(' ')} }`,
            variables,
          );
          answers.push(...inputs.map((_, i) => data[`c${i}`]!));
        } catch {
          // A refused create nulls the whole answer (its field is non-null): the creates before it are done.
          const done = new Map((await ops.list()).map((e) => [e.id, e.version]));
          for (const { id, input } of batch) {
            const version = done.get(id);
            if (version !== undefined) answers.push({ id, version });
            else answers.push(await ops.create(input, comment).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
          }
        }
      }
      return answers;
    },
    async update(id, expectedVersion, input, comment) {
      const data = await api<Record<string, { id: string; version: number }>>(
        `mutation ImportUpdate($id: ID!, $expectedVersion: Int!, $input: ${typeName}Input!, $comment: String) { update${typeName}(id: $id, expectedVersion: $expectedVersion, input: $input, comment: $comment) { id version } }`,
        { id, expectedVersion, input, comment },
      );
      return data[`update${typeName}`]!;
    },
    toInput: (entity) => convert(entity),
  };
  return ops;
}
