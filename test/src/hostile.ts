/** Malicious and malformed requests for the hostile-input suite: each must be refused with a 4xx and a code. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface HostileRequest {
  name: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Added to the gateway URL (`?query=…`). */
  search?: Record<string, string>;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Expected `extensions.code` of the first error. */
  code: string;
}

/** The document-shape limits: refused with a 4xx whatever the client accepts, `application/json` included. */
export const LIMIT_CODES = ['DEPTH_LIMIT_EXCEEDED', 'ALIAS_LIMIT_EXCEEDED', 'DIRECTIVE_LIMIT_EXCEEDED', 'TOKEN_LIMIT_EXCEEDED'];

const nest = (levels: number, open: (i: number) => string, leaf: string) => {
  let q = leaf;
  for (let i = levels - 1; i >= 0; i--) q = `${open(i)} { ${q} }`;
  return q;
};
/** tool → standards → implementedBy → standards → …: the Tool ↔ Standard cycle. */
const toolStandardCycle = (levels: number) => `{ tool(id: "moodle") { ${nest(levels, (i) => (i % 2 === 0 ? 'standards' : 'implementedBy'), 'id')} } }`;
const aliases = (n: number, field = 'tool(id: "moodle") { id }') => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const directives = (n: number, directive = '@include(if: true)') => `{ tool(id: "moodle") { id ${directive.repeat(n)} } }`;
const huge = (n: number) => 'x'.repeat(n);
const q = (query: string, extra: Record<string, unknown> = {}) => ({ query, ...extra });

export const HOSTILE_REQUESTS: HostileRequest[] = [
  // Depth through the Tool ↔ Standard cycle, and the same hidden in fragments.
  { name: 'Tool ↔ Standard cycle, 12 levels', body: q(toolStandardCycle(12)), code: 'DEPTH_LIMIT_EXCEEDED' },
  { name: 'Tool ↔ Standard cycle, 40 levels', body: q(toolStandardCycle(40)), code: 'DEPTH_LIMIT_EXCEEDED' },
  {
    name: 'Standard ↔ Tool cycle from standard()',
    body: q(`{ standard(id: "lti-1-3") { ${nest(12, (i) => (i % 2 === 0 ? 'implementedBy' : 'standards'), 'id')} } }`),
    code: 'DEPTH_LIMIT_EXCEEDED',
  },
  {
    name: 'cycle through connections',
    body: q(`{ tools(first: 5) { edges { node { ${nest(10, (i) => (i % 2 === 0 ? 'standards' : 'implementedBy'), 'id')} } } } }`),
    code: 'DEPTH_LIMIT_EXCEEDED',
  },
  {
    name: 'cycle hidden in nested fragments',
    body: q(
      `{ tool(id: "moodle") { ...T1 } } ${Array.from({ length: 8 }, (_, i) => `fragment T${i + 1} on Tool { standards { implementedBy { ${i < 7 ? `...T${i + 2}` : 'id'} } } }`).join(' ')}`,
    ),
    code: 'DEPTH_LIMIT_EXCEEDED',
  },
  {
    name: 'cycle in inline fragments',
    body: q(
      `{ tool(id: "moodle") { ${nest(12, (i) => (i % 2 === 0 ? '... on Tool { standards' : '... on Standard { implementedBy'), 'id')} ${'}'.repeat(12)} } }`,
    ),
    code: 'DEPTH_LIMIT_EXCEEDED',
  },
  { name: 'deep cycle over GET', search: { query: toolStandardCycle(14) }, code: 'DEPTH_LIMIT_EXCEEDED' },
  // Alias floods.
  { name: '20 aliases of tool()', body: q(aliases(20)), code: 'ALIAS_LIMIT_EXCEEDED' },
  { name: '300 aliases of tool()', body: q(aliases(300)), code: 'TOKEN_LIMIT_EXCEEDED' },
  { name: '50 aliases of a list', body: q(aliases(50, 'tools(first: 100) { totalCount }')), code: 'ALIAS_LIMIT_EXCEEDED' },
  {
    name: 'aliases spread over nested fields',
    body: q(`{ tool(id: "moodle") { ${Array.from({ length: 30 }, (_, i) => `s${i}: standards { id }`).join(' ')} } }`),
    code: 'ALIAS_LIMIT_EXCEEDED',
  },
  {
    name: 'aliases inside a fragment',
    body: q(`{ tool(id: "moodle") { ...F } } fragment F on Tool { ${Array.from({ length: 40 }, (_, i) => `n${i}: name`).join(' ')} }`),
    code: 'ALIAS_LIMIT_EXCEEDED',
  },
  { name: '__typename alias flood', body: q(`{ ${Array.from({ length: 100 }, (_, i) => `t${i}: __typename`).join(' ')} }`), code: 'ALIAS_LIMIT_EXCEEDED' },
  // Directive floods.
  { name: '50 @include on one field', body: q(directives(50)), code: 'DIRECTIVE_LIMIT_EXCEEDED' },
  { name: '50 @skip on one field', body: q(directives(50, '@skip(if: false)')), code: 'DIRECTIVE_LIMIT_EXCEEDED' },
  { name: '100 unknown directives', body: q(directives(100, '@boom')), code: 'DIRECTIVE_LIMIT_EXCEEDED' },
  {
    name: 'directives spread over fields',
    body: q(`{ tool(id: "moodle") { ${Array.from({ length: 30 }, () => 'id @include(if: true)').join(' ')} } }`),
    code: 'DIRECTIVE_LIMIT_EXCEEDED',
  },
  // Token floods and huge strings.
  { name: '3000 __typename tokens', body: q(`{ ${'__typename '.repeat(3000)}}`), code: 'TOKEN_LIMIT_EXCEEDED' },
  { name: '1100 tokens over GET', search: { query: `{ ${'a '.repeat(1100)}}` }, code: 'TOKEN_LIMIT_EXCEEDED' },
  { name: 'huge literal id', body: q(`{ tool(id: "${huge(50_000)}") { id } }`), code: 'BAD_USER_INPUT' },
  { name: 'huge id in variables', body: q('query($id: ID!) { tool(id: $id) { id } }', { variables: { id: huge(50_000) } }), code: 'BAD_USER_INPUT' },
  { name: 'huge search text', body: q('query($s: String) { tools(search: $s) { totalCount } }', { variables: { s: huge(20_000) } }), code: 'BAD_USER_INPUT' },
  { name: 'huge alternatives(to:)', body: q(`{ alternatives(to: "${huge(5000)}") { product { id } } }`), code: 'BAD_USER_INPUT' },
  // Fragment cycles and bombs.
  {
    name: 'fragment cycle A ↔ B',
    body: q('{ tool(id: "moodle") { ...A } } fragment A on Tool { ...B } fragment B on Tool { ...A }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'self-spreading fragment', body: q('{ tool(id: "moodle") { ...A } } fragment A on Tool { name ...A }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'three-fragment cycle',
    body: q('{ tool(id: "moodle") { ...A } } fragment A on Tool { ...B } fragment B on Tool { ...C } fragment C on Tool { ...A }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'fragment bomb (each spreads the next twice)',
    body: q(
      `{ tool(id: "moodle") { ...F0 } } ${Array.from({ length: 20 }, (_, i) => (i < 19 ? `fragment F${i} on Tool { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Tool { name }`)).join(' ')}`,
    ),
    code: 'COST_ESTIMATED_TOO_EXPENSIVE',
  },
  // Batches: batching is off.
  { name: 'batch of two operations', body: [q('{ __typename }'), q('{ __typename }')], code: 'BAD_REQUEST' },
  { name: 'batch of 500 operations', body: Array.from({ length: 500 }, () => q('{ tool(id: "moodle") { id } }')), code: 'BAD_REQUEST' },
  { name: 'empty batch', body: [], code: 'BAD_REQUEST' },
  // Malformed JSON and parameters.
  { name: 'truncated JSON', body: '{"query": "{ __typename }"', code: 'BAD_REQUEST' },
  { name: 'not JSON at all', body: 'hello', code: 'BAD_REQUEST' },
  { name: 'JSON null', body: 'null', code: 'BAD_REQUEST' },
  { name: 'JSON number', body: '42', code: 'BAD_REQUEST' },
  { name: 'JSON string', body: '"{ __typename }"', code: 'BAD_REQUEST' },
  { name: 'query is a number', body: { query: 42 }, code: 'BAD_REQUEST' },
  { name: 'variables is a string', body: q('{ __typename }', { variables: 'x' }), code: 'BAD_REQUEST' },
  { name: 'extensions is a string', body: q('{ __typename }', { extensions: 'x' }), code: 'BAD_REQUEST' },
  { name: 'no query and no documentId', body: { variables: {} }, code: 'PERSISTED_QUERY_ID_REQUIRED' },
  { name: 'unknown operationName', body: q('query A { __typename }', { operationName: 'B' }), code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'syntax garbage', body: q('{{{{{{ ]]]] !!'), code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'null byte in the query', body: q('{ tool(id: "moodle") { id }\u0000 }'), code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'unknown field', body: q('{ secrets { password } }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'variable of the wrong type', body: q('query($n: Int) { tools(first: $n) { totalCount } }', { variables: { n: 'lots' } }), code: 'BAD_USER_INPUT' },
  { name: 'subscription operation', body: q('subscription { toolPublished { id } }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'unknown documentId', body: { documentId: 'f'.repeat(64) }, code: 'PERSISTED_QUERY_NOT_FOUND' },
  { name: 'forged bearer token', body: q('{ tool(id: "moodle") { id } }'), headers: { authorization: 'Bearer not.a.jwt' }, code: 'UNAUTHENTICATED' },
  // Wrong content types and methods.
  { name: 'text/plain body', body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain' }, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'application/xml body', body: '<query>{ __typename }</query>', headers: { 'content-type': 'application/xml' }, code: 'UNSUPPORTED_MEDIA_TYPE' },
  {
    name: 'multipart/form-data body',
    body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'form-urlencoded body',
    body: 'query=%7B__typename%7D',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  { name: 'no content type', body: '{"query":"{ __typename }"}', headers: { 'content-type': '' }, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'PUT', method: 'PUT', body: q('{ __typename }'), code: 'BAD_REQUEST' },
  { name: 'DELETE', method: 'DELETE', code: 'BAD_REQUEST' },
  { name: 'PATCH', method: 'PATCH', body: q('{ __typename }'), code: 'BAD_REQUEST' },
  // Page sizes and estimated cost.
  { name: 'first: 1000000', body: q('{ tools(first: 1000000) { edges { node { id } } } }'), code: 'BAD_USER_INPUT' },
  { name: 'first: 1000000 with only totalCount', body: q('{ tools(first: 1000000) { totalCount } }'), code: 'BAD_USER_INPUT' },
  { name: 'first: -1', body: q('{ tools(first: -1) { totalCount } }'), code: 'BAD_USER_INPUT' },
  { name: 'first from a variable', body: q('query($n: Int) { products(first: $n) { totalCount } }', { variables: { n: 1_000_000 } }), code: 'BAD_USER_INPUT' },
  { name: 'first: 101 on facilities', body: q('{ facilities(first: 101) { totalCount } }'), code: 'BAD_USER_INPUT' },
  { name: 'first: 1000000 on alternatives', body: q('{ alternatives(to: "teams", first: 1000000) { product { id } } }'), code: 'BAD_USER_INPUT' },
  {
    name: 'nested lists that would return millions of nodes',
    body: q('{ tools(first: 100) { edges { node { standards { implementedBy { standards { implementedBy { id } } } } } } } }'),
    code: 'COST_ESTIMATED_TOO_EXPENSIVE',
  },
  {
    name: 'wide nested lists under many aliases',
    body: q(aliases(10, 'tools(first: 100) { edges { node { standards { implementedBy { id } } facilities { standards { id } } } } }')),
    code: 'COST_ESTIMATED_TOO_EXPENSIVE',
  },
  // Mutations over GET.
  { name: 'mutation over GET', search: { query: 'mutation { __typename }' }, code: 'BAD_REQUEST' },
  { name: 'mutation over GET with operationName', search: { query: 'mutation M { __typename }', operationName: 'M' }, code: 'BAD_REQUEST' },
  // Oversized bodies.
  { name: '200 kB body with a Content-Length', body: q(`{ __typename } # ${huge(200_000)}`), code: 'PAYLOAD_TOO_LARGE' },
  { name: '2 MB body', body: q(`{ __typename } # ${huge(2_000_000)}`), code: 'PAYLOAD_TOO_LARGE' },
];

/**
 * Paths (sent byte for byte, backslashes included) that tried to make the web site redirect off the
 * site: each answer's Location, if any, must stay on the site. `form` is posted (sign-in).
 */
export const HOSTILE_WEB_REDIRECTS: { name: string; path: string; form?: Record<string, string> }[] = [
  { name: 'language switch to a protocol-relative path', path: '/en//evil.example/?lang=nl' },
  { name: 'language switch with three slashes', path: '/en///evil.example/x?lang=nl' },
  { name: 'language switch with a backslash', path: '/en/\\evil.example/?lang=nl' },
  { name: 'language switch with slash and backslash', path: '/en//\\evil.example/?lang=nl' },
  { name: 'Dutch path to English', path: '//evil.example/?lang=en' },
  { name: 'English root with a backslash to Dutch', path: '/en\\/evil.example?lang=nl' },
  { name: 'product redirect with an encoded path', path: '/alternatieven/%2F%2Fevil.example' },
  { name: 'curator page with a protocol-relative tail', path: '/redactie//evil.example' },
  { name: 'sign-in with next=//evil.example', path: '/redactie/inloggen', form: { token: 'x.y.z', next: '//evil.example/' } },
  { name: 'sign-in with next=/\\evil.example', path: '/redactie/inloggen', form: { token: 'x.y.z', next: '/\\evil.example/' } },
];

/**
 * Free text that costs work in a subgraph rather than at the gateway: within the gateway's string limit,
 * over the subgraphs' free-text limits (16 words, 200 characters; FREE_TEXT_LIMITS). Each is refused
 * with BAD_USER_INPUT naming the argument (`field`); the same text at the limit is answered.
 */
export interface FreeTextRequest {
  name: string;
  body: unknown;
  /** The argument the refusal names; absent for requests that must be answered without errors. */
  field?: string;
}

/** A teacher's question of `n` words, none of them a product name (the attack of issue 9). */
export const questionWords = (n: number) => Array.from({ length: n }, (_, i) => `woord${i} leerling`.split(' ')[i % 2]!).join(' ');
/** The registered widget document's id: the trusted store's file that holds the widget's operation. */
const WIDGET_DOCUMENT = (() => {
  const store = path.join(import.meta.dirname, '../../gateway/persisted-documents');
  const file = readdirSync(store).find((f) => readFileSync(path.join(store, f), 'utf8').includes('query WidgetAlternatives'));
  if (!file) throw new Error('no registered widget document in gateway/persisted-documents');
  return file.replace(/\.graphql$/, '');
})();
const byVariables = (query: string, variables: Record<string, unknown>) => q(query, { variables });
const ALTERNATIVES = 'query($to: String!) { alternatives(to: $to) { product { id } suggestions { id } } }';
const searchOf = (field: string) => `query($s: String) { ${field}(search: $s) { totalCount } }`;

export const FREE_TEXT_REQUESTS: FreeTextRequest[] = [
  { name: 'alternatives(to:) of 80 words', body: byVariables(ALTERNATIVES, { to: questionWords(80) }), field: 'to' },
  { name: 'alternatives(to:) of 17 words', body: byVariables(ALTERNATIVES, { to: questionWords(17) }), field: 'to' },
  { name: 'alternatives(to:) of 201 characters', body: byVariables(ALTERNATIVES, { to: `teams ${huge(195)}` }), field: 'to' },
  {
    name: 'alternatives(to:) of 60 words in a literal',
    body: q(`{ alternatives(to: "alternatief voor ${questionWords(60)}") { product { id } } }`),
    field: 'to',
  },
  { name: 'the widget document with an 80-word to', body: { documentId: WIDGET_DOCUMENT, variables: { to: questionWords(80) } }, field: 'to' },
  { name: 'tools(search:) of 80 words', body: byVariables(searchOf('tools'), { s: questionWords(80) }), field: 'search' },
  { name: 'tools(search:) of 17 misspelt words', body: byVariables(searchOf('tools'), { s: 'libreofice moodel '.repeat(9).trim() }), field: 'search' },
  { name: 'tools(search:) of 400 one-letter words', body: byVariables(searchOf('tools'), { s: 'a-'.repeat(400) }), field: 'search' },
  { name: 'products(search:) of 201 characters', body: byVariables(searchOf('products'), { s: huge(201) }), field: 'search' },
  { name: 'facilities(search:) of 80 words', body: byVariables(searchOf('facilities'), { s: questionWords(80) }), field: 'search' },
  { name: 'standards(search:) of 80 words', body: byVariables(searchOf('standards'), { s: questionWords(80) }), field: 'search' },
  {
    name: 'a filter naming 101 standards',
    body: byVariables('query($f: ToolFilter) { tools(filter: $f) { totalCount } }', { f: { standard: Array.from({ length: 101 }, (_, i) => `s${i}`) } }),
    field: 'filter.standard',
  },
  // At the limits: answered, without errors.
  { name: 'alternatives(to:) of 16 words', body: byVariables(ALTERNATIVES, { to: questionWords(16) }) },
  { name: 'the widget document with a 16-word to', body: { documentId: WIDGET_DOCUMENT, variables: { to: `${questionWords(14)} microsoft teams` } } },
  { name: 'tools(search:) of 16 misspelt words', body: byVariables(searchOf('tools'), { s: 'libreofice moodel '.repeat(8).trim() }) },
  { name: 'facilities(search:) of 16 words', body: byVariables(searchOf('facilities'), { s: questionWords(16) }) },
];
