/**
 * The most expensive requests the public API allows, for `npm run bench:abuse`: free text at the
 * limits (16 words, 200 characters), every filter, cross-subgraph lists just under the cost limit.
 * Each varies its text with a counter, as an attacker would, so no cache answers a repeat.
 */
export interface AbuseOperation {
  name: string;
  /** The subgraph that answers it alone (measured directly too), or null for cross-subgraph queries. */
  subgraph: 'tools' | 'facilities' | 'standards' | null;
  body: (i: number) => { query: string; variables?: Record<string, unknown> };
  /** Whether the API refuses it (BAD_USER_INPUT); otherwise it must answer without errors. */
  refused?: boolean;
  /** Part of the flood mix (the allowed ones). */
  flood?: boolean;
}

const WORDS = ['samenwerken', 'leerlingen', 'ouderavond', 'rekenlessen', 'toetsing', 'presentatie', 'klassenmanagement', 'woordenschat'];
const MORE = [
  'digibordsoftware',
  'huiswerkplanner',
  'programmeren',
  'schoolbibliotheek',
  'leerlingvolgsysteem',
  'fotobewerking',
  'videobellen',
  'vragenlijsten',
];
/** 16 words, close to 200 characters, naming no product; rotated by `i`. */
const sixteenWords = (i: number) =>
  rotate([...WORDS, ...MORE], i)
    .map((w, k) => `${w.slice(0, 10)}${(i + k + 10) % 10}`)
    .join(' ');
const MISSPELT = [
  'libreofice',
  'moodel',
  'nextclod',
  'wordpres',
  'inkscap',
  'audacty',
  'scratsh',
  'geogebre',
  'thunderbrd',
  'firefx',
  'blendr',
  'kdenlve',
  'kritta',
  'gimpp',
  'zotro',
  'jitsy',
];
const BROAD = ['ver', 'pro', 'sch', 'mak', 'les', 'lee', 'onl', 'dig', 'vid', 'app', 'web', 'tek', 'bew', 'sam', 'wer', 'kla'];
const rotate = <T>(items: T[], i: number) => items.map((_, k) => items[(((k + i) % items.length) + items.length) % items.length]!);
const eightyWords = (i: number) => Array.from({ length: 80 }, (_, k) => `${WORDS[k % WORDS.length]}${(i + k + 7) % 7}`).join(' ');

const ALTERNATIVES = 'query($to: String!) { alternatives(to: $to, first: 100) { product { id } alternatives { tool { id } } suggestions { id name } } }';
const TOOLS = `query($s: String, $f: ToolFilter) { tools(search: $s, filter: $f, first: 100) {
  totalCount edges { node { id name license { expression } } } facets { dimension values { value count } } } }`;
const listOf = (field: string) => `query($s: String) { ${field}(search: $s, first: 100) { totalCount edges { node { id name } } } }`;

export const TOOL_PAGE = {
  query: '{ tool(id: "moodle") { id name summary { nl en } homepage repository license { expression } categories { id name { nl } } platforms sectors } }',
};

/** Every filter dimension with every value it has (`values` from a facets query), plus a search. */
export const allFilters = (values: Record<string, string[]>): AbuseOperation => ({
  name: 'tools: every filter value of every dimension, facets',
  subgraph: 'tools',
  flood: true,
  body: (i) => ({ query: TOOLS, variables: { s: BROAD[i % BROAD.length], f: values } }),
});

export const OPERATIONS: AbuseOperation[] = [
  { name: 'tool page (reference)', subgraph: 'tools', body: () => TOOL_PAGE },
  {
    name: 'alternatives(to:) 16 words, 200 chars, no product',
    subgraph: 'tools',
    flood: true,
    body: (i) => ({ query: ALTERNATIVES, variables: { to: sixteenWords(i) } }),
  },
  { name: 'alternatives(to:) 80 words (refused)', subgraph: 'tools', refused: true, body: (i) => ({ query: ALTERNATIVES, variables: { to: eightyWords(i) } }) },
  {
    name: 'tools(search:) 16 misspelt words, facets',
    subgraph: 'tools',
    flood: true,
    body: (i) => ({ query: TOOLS, variables: { s: rotate(MISSPELT, i).join(' ') } }),
  },
  {
    name: 'tools(search:) 16 broad prefixes, facets',
    subgraph: 'tools',
    flood: true,
    body: (i) => ({ query: TOOLS, variables: { s: rotate(BROAD, i).join(' ') } }),
  },
  {
    name: 'tools(search:) 16 words naming nothing, facets',
    subgraph: 'tools',
    flood: true,
    body: (i) => ({ query: TOOLS, variables: { s: sixteenWords(i) } }),
  },
  { name: 'products(search:) 16 words', subgraph: 'tools', flood: true, body: (i) => ({ query: listOf('products'), variables: { s: sixteenWords(i) } }) },
  {
    name: 'facilities(search:) 16 misspelt words',
    subgraph: 'facilities',
    flood: true,
    body: (i) => ({ query: listOf('facilities'), variables: { s: rotate(MISSPELT, i).join(' ') } }),
  },
  {
    name: 'standards(search:) 16 misspelt words',
    subgraph: 'standards',
    flood: true,
    body: (i) => ({ query: listOf('standards'), variables: { s: rotate(MISSPELT, i).join(' ') } }),
  },
  {
    name: 'tools(first: 100) → standards → implementedBy, facilities → operator (cost ≈ 13k of 20k)',
    subgraph: null,
    flood: true,
    body: () => ({
      query: '{ tools(first: 100) { edges { node { id standards { id name implementedBy { id name } } facilities { id name operator { id name } } } } } }',
    }),
  },
  {
    name: 'standards(first: 100) → implementedBy → standards (cost ≈ 11k)',
    subgraph: null,
    flood: true,
    body: () => ({ query: '{ standards(first: 100) { edges { node { id name implementedBy { id name standards { id name } } } } } }' }),
  },
];
