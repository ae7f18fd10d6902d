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
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { LICENSE_RULES } from '../lib/license-words.ts';

const messages = { nl, en };

const WIDGET_SOURCE = path.join(import.meta.dirname, '../../public/widget.js');

export function widgetRoutes(options: { publicGatewayUrl: string }) {
  const app = new Hono();
  const { variables: _, ...request } = requestBody(documents.widgetAlternatives);
  const words = (lang: 'nl' | 'en') => ({
    ...messages[lang].license.words,
    paidParts: messages[lang].license.paidParts,
    contentNotFree: messages[lang].license.contentNotFree,
    hosting: messages[lang].enums.HOSTING,
  });
  const config = [
    `export const gatewayUrl = ${JSON.stringify(options.publicGatewayUrl)};`,
    `export const request = ${JSON.stringify(request)};`,
    `export const licenseRules = ${JSON.stringify(LICENSE_RULES)};`,
    `export const words = ${JSON.stringify({ nl: words('nl'), en: words('en') })};`,
    '',
  ].join('\n');
  const script = readFileSync(WIDGET_SOURCE, 'utf8');
  const javascript = (body: string) =>
    new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' } });
  app.use('/widget.js', cors({ origin: '*' }));
  app.use('/widget-config.js', cors({ origin: '*' }));
  app.get('/widget.js', () => javascript(script));
  app.get('/widget-config.js', () => javascript(config));
  return app;
}
