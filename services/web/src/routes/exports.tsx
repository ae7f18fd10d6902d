/**
 * The open-data exports, for everyone and without a key: the catalogue as JSON and CSV (streamed page
 * by page from the public API), publiccode.yml per tool, DCAT-AP-NL and ADMS-AP. Each answers with
 * Cache-Control, ETag and Last-Modified, and 304 to a matching conditional request.
 */
import { createHash } from 'node:crypto';
import {
  catalogueGraph,
  CSV_TYPES,
  csvChunks,
  dumpJsonSchema,
  jsonDumpChunks,
  standardsRegistryGraph,
  toJsonLd,
  toolToPubliccode,
  toTurtle,
  type EntityType,
  type ExportTool,
  type Quad,
} from '@edu-catalogus/exchange';
import { SLUG } from '@edu-catalogus/seeds';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { documents } from '../gateway/documents.ts';
import { OpenDataPage } from '../views/pages/open-data.tsx';
import { allStandards, catalogueFingerprint, createApiSource, type Fingerprint } from '../exports/source.ts';

export interface ExportOptions {
  /** The public GraphQL endpoint named in the DCAT description. */
  apiUrl: string;
  /** vcard:hasEmail of the catalogue's contact point; left out when unset. */
  contactEmail?: string | undefined;
}

const CACHE_CONTROL = 'public, max-age=300';
const origin = (c: Context) => new URL(c.req.url).origin;

function headersOf(fingerprint: Fingerprint, variant: string, type: string): Record<string, string> {
  return {
    'content-type': type,
    'cache-control': CACHE_CONTROL,
    etag: variant ? fingerprint.etag.replace(/"$/, `-${variant}"`) : fingerprint.etag,
    'last-modified': fingerprint.lastModified.toUTCString(),
    'access-control-allow-origin': '*',
  };
}

/** 304 when the client's copy is current (If-None-Match first, else If-Modified-Since). */
function notModified(c: Context, headers: Record<string, string>): Response | null {
  const match = c.req.header('if-none-match');
  const since = c.req.header('if-modified-since');
  const fresh = match
    ? match.split(',').some((tag) => tag.trim() === headers.etag || tag.trim() === '*')
    : since !== undefined && Date.parse(headers['last-modified']!) <= Date.parse(since);
  if (!fresh) return null;
  const { 'content-type': _type, ...rest } = headers;
  return new Response(null, { status: 304, headers: rest });
}

/** A text stream that pulls the next chunk only when the client has taken the previous one. */
function streamOf(chunks: AsyncGenerator<string>, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

const strongTag = (text: string) => `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;

export function createExportRoutes(options: ExportOptions) {
  const app = new Hono<AppEnv>({ strict: false });

  const streamed =
    (type: string, variant: (c: Context<AppEnv>) => string, chunks: (c: Context<AppEnv>) => AsyncGenerator<string>) => async (c: Context<AppEnv>) => {
      const headers = headersOf(await catalogueFingerprint(c.var.gateway), variant(c), type);
      const cached = notModified(c, headers);
      if (cached) return cached;
      const log = (error: unknown) => c.var.logger.error({ err: error, path: c.req.path }, 'export failed while streaming');
      return new Response(streamOf(chunks(c), log), { headers });
    };

  app.get(
    '/export/catalogue.json',
    streamed(
      'application/json; charset=utf-8',
      () => '',
      (c) => jsonDumpChunks(createApiSource(c.var.gateway), { generatedAt: new Date().toISOString(), baseUrl: origin(c) }),
    ),
  );
  app.get('/export/catalogue.schema.json', (c) => {
    c.header('cache-control', CACHE_CONTROL);
    return c.json(dumpJsonSchema());
  });
  for (const type of CSV_TYPES) {
    const semicolon = (c: Context<AppEnv>) => c.req.query('delimiter') === 'semicolon';
    app.get(
      `/export/${type}.csv`,
      streamed(
        'text/csv; charset=utf-8; header=present',
        (c) => (semicolon(c) ? 'semicolon' : ''),
        (c) => csvChunks(createApiSource(c.var.gateway), type as EntityType, { delimiter: semicolon(c) ? ';' : ',' }),
      ),
    );
  }

  app.get('/tools/:id/publiccode.yml', async (c) => {
    const id = c.req.param('id');
    if (!SLUG.test(id)) return c.notFound();
    const data = await c.var.gateway.read(documents.exportTool, { id });
    if (!data.tool) return c.notFound();
    const exported = toolToPubliccode(data.tool, { baseUrl: origin(c) });
    const headers = {
      'content-type': 'application/yaml; charset=utf-8',
      'cache-control': CACHE_CONTROL,
      etag: strongTag(exported.text),
      'last-modified': new Date(data.tool.updatedAt).toUTCString(),
      'access-control-allow-origin': '*',
      ...(exported.missing.length ? { 'x-publiccode-missing': exported.missing.map((m) => m.key).join(', ') } : {}),
    };
    return notModified(c, headers) ?? new Response(exported.text, { headers });
  });

  /** Which mandatory publiccode.yml keys the catalogue cannot fill, per tool and in total. */
  app.get('/export/publiccode-coverage.json', async (c) => {
    const headers = headersOf(await catalogueFingerprint(c.var.gateway), '', 'application/json; charset=utf-8');
    const cached = notModified(c, headers);
    if (cached) return cached;
    const missing: Record<string, number> = {};
    const incomplete: { id: string; missing: string[] }[] = [];
    let tools = 0;
    for await (const page of createApiSource(c.var.gateway)('tools')) {
      for (const tool of page) {
        tools++;
        const keys = toolToPubliccode(tool, { baseUrl: origin(c) }).missing.map((m) => m.key);
        for (const key of keys) missing[key] = (missing[key] ?? 0) + 1;
        if (keys.length) incomplete.push({ id: tool.id, missing: keys });
      }
    }
    return c.json({ tools, complete: tools - incomplete.length, missing, incomplete }, 200, headers);
  });

  const rdf = (path: string, build: (c: Context<AppEnv>, fingerprint: Fingerprint) => Promise<Quad[]>) => {
    for (const [suffix, type] of [
      ['ttl', 'text/turtle; charset=utf-8'],
      ['jsonld', 'application/ld+json; charset=utf-8'],
    ] as const) {
      app.get(`${path}.${suffix}`, async (c) => {
        const fingerprint = await catalogueFingerprint(c.var.gateway);
        const headers = headersOf(fingerprint, '', type);
        const cached = notModified(c, headers);
        if (cached) return cached;
        const quads = await build(c, fingerprint);
        const body = suffix === 'ttl' ? await toTurtle(quads) : JSON.stringify(toJsonLd(quads), null, 1);
        return new Response(body, { headers });
      });
    }
  };
  for (const prefix of ['', '/en']) app.get(`${prefix}/open-data`, (c) => c.render(<OpenDataPage apiUrl={options.apiUrl} />, { title: 'Open data' }));

  const publisher = (c: Context) => ({ uri: `${origin(c)}/organisaties/kennisnet`, name: 'Kennisnet' });
  rdf('/dcat', async (c, fingerprint) =>
    catalogueGraph({
      baseUrl: origin(c),
      apiUrl: options.apiUrl,
      publisher: publisher(c),
      contact: { name: 'Edu-catalogus', email: options.contactEmail },
      modified: fingerprint.lastModified.toISOString(),
    }),
  );
  rdf('/adms', async (c, fingerprint) =>
    standardsRegistryGraph(await allStandards(createApiSource(c.var.gateway)), {
      baseUrl: origin(c),
      modified: fingerprint.lastModified.toISOString(),
      publisher: publisher(c),
    }),
  );
  return app;
}
