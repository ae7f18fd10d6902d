/**
 * /widget.js (the custom element, a static module) and /widget-config.js (where it sends its one
 * registered document), both readable from any origin so portals can embed them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { requestBody } from '../gateway/client.ts';
import { documents } from '../gateway/documents.ts';

const WIDGET_SOURCE = path.join(import.meta.dirname, '../../public/widget.js');

export function widgetRoutes(options: { publicGatewayUrl: string }) {
  const app = new Hono();
  const { variables: _, ...request } = requestBody(documents.widgetAlternatives);
  const config = `export const gatewayUrl = ${JSON.stringify(options.publicGatewayUrl)};\nexport const request = ${JSON.stringify(request)};\n`;
  const script = readFileSync(WIDGET_SOURCE, 'utf8');
  const javascript = (body: string) => new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' } });
  app.use('/widget.js', cors({ origin: '*' }));
  app.use('/widget-config.js', cors({ origin: '*' }));
  app.get('/widget.js', () => javascript(script));
  app.get('/widget-config.js', () => javascript(config));
  return app;
}
