/** A small triple builder shared by the DCAT and ADMS exports, serialised to Turtle (n3) and JSON-LD. */
import { DataFactory, Writer, type Quad, type Quad_Object } from 'n3';

const { namedNode, literal, blankNode, quad } = DataFactory;

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  adms: 'http://www.w3.org/ns/adms#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export const EU = 'http://publications.europa.eu/resource/authority/';

export type Term = { iri: string } | { blank: string } | { text: string; lang?: string; datatype?: string };

export const iri = (value: string): { iri: string } => ({ iri: value });
export const text = (value: string, lang?: string): Term => (lang ? { text: value, lang } : { text: value });
export const typed = (value: string, datatype: string): Term => ({ text: value, datatype });

/** Collects triples: `add(subject, 'dct:title', text('…', 'nl'))`, prefixed names from NS. */
export function createGraph() {
  const quads: Quad[] = [];
  const expand = (name: string) => {
    const [prefix, local] = name.split(':') as [keyof typeof NS, string];
    return name.includes('://') ? name : NS[prefix] + local;
  };
  const node = (term: Term): Quad_Object => {
    if ('iri' in term) return namedNode(term.iri);
    if ('blank' in term) return blankNode(term.blank);
    if (term.lang) return literal(term.text, term.lang);
    return term.datatype ? literal(term.text, namedNode(term.datatype)) : literal(term.text);
  };
  const add = (subject: Term, predicate: string, ...objects: (Term | null | undefined)[]) => {
    const s = node(subject);
    if (s.termType === 'Literal') throw new Error('a literal cannot be a subject');
    for (const object of objects) if (object) quads.push(quad(s, namedNode(expand(predicate)), node(object)));
  };
  const a = (subject: Term, ...types: string[]) => add(subject, 'rdf:type', ...types.map((t) => iri(expand(t))));
  return { quads, add, a };
}

export function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...NS } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}

/** Flattened JSON-LD (expanded IRIs, one node object per subject): no remote context to fetch. */
export function toJsonLd(quads: Quad[]): Record<string, unknown> {
  const nodes = new Map<string, Record<string, unknown[]>>();
  const id = (term: Quad['subject']) => (term.termType === 'BlankNode' ? `_:${term.value}` : term.value);
  for (const q of quads) {
    const subject = id(q.subject);
    const entry = nodes.get(subject) ?? {};
    nodes.set(subject, entry);
    const key = q.predicate.value === NS.rdf + 'type' ? '@type' : q.predicate.value;
    const o = q.object;
    const value =
      key === '@type'
        ? o.value
        : o.termType === 'Literal'
          ? { '@value': o.value, ...(o.language ? { '@language': o.language } : o.datatype.value !== NS.xsd + 'string' ? { '@type': o.datatype.value } : {}) }
          : { '@id': o.termType === 'BlankNode' ? `_:${o.value}` : o.value };
    (entry[key] ??= []).push(value);
  }
  return { '@graph': [...nodes].map(([subject, properties]) => ({ '@id': subject, ...properties })) };
}
