/**
 * GraphiQL served from this gateway instead of a CDN: Yoga's page points at unpkg.com, which a
 * school network, an air-gapped install or this project's machines may not reach.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderGraphiQL, type GraphiQLOptions } from 'graphql-yoga';

export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');

/** The files the page loads, and their types; nothing else under the path is served. */
const ASSETS: Record<string, string> = {
  'graphiql.css': 'text/css; charset=utf-8',
  'yoga-graphiql.umd.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/editor.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/json.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/graphql.worker..bundle.js': 'text/javascript; charset=utf-8',
};

/** Yoga's GraphiQL page with its assets (and no third-party favicon) from GRAPHIQL_ASSETS_PATH. */
export function renderLocalGraphiQL(options: GraphiQLOptions = {}): string {
  return renderGraphiQL(options)
    .replace(/https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist\//g, GRAPHIQL_ASSETS_PATH)
    .replace(/<link rel=icon [^>]*>/, '');
}

/** Serves a GraphiQL asset; returns false for any other request. */
export function serveGraphiQLAsset(req: IncomingMessage, res: ServerResponse): boolean {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (!pathname.startsWith(GRAPHIQL_ASSETS_PATH)) return false;
  const name = pathname.slice(GRAPHIQL_ASSETS_PATH.length);
  const type = ASSETS[name];
  if (!type || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return true;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  if (req.method === 'HEAD') res.end();
  else createReadStream(path.join(dist, name)).pipe(res);
  return true;
}
