/** The schools subgraph through the gateway: offerings on tools and organisations, advice on products, curation and bad input. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWeb } from '@edu-catalogus/web';
import { type Stack, startStack } from '../src/stack.ts';
import { getPage, startWebOver } from '../src/web.ts';

let stack: Stack;
let alice: string;
let bob: string;
let web: RunningWeb;
beforeAll(async () => {
  stack = await startStack();
  alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
  web = await startWebOver(stack);
});
afterAll(async () => {
  await web?.close();
  await stack.stop();
});
const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('offerings and advice through the gateway', () => {
  it('joins a tool’s offerings with their providers, an organisation’s offerings with their tools, and a product’s advice for a sector', async () => {
    const { body } = await stack.query(`{
      tool(id: "nextcloud") { name offerings { id provider { name } processorAgreement dataLocation { country withinEu } price { kind } } }
      organisation(id: "surf") { offerings { id tool { name } } }
      product(id: "microsoft-teams") { name advice(sector: PO) { summary { nl } recommended { id name } product { name } } }
    }`);
    expect(body.errors).toBeUndefined();
    const surfdrive = body.data.tool.offerings.find((o: { id: string }) => o.id === 'surf-surfdrive');
    expect(surfdrive).toEqual({
      id: 'surf-surfdrive',
      provider: { name: 'SURF' },
      processorAgreement: 'UNKNOWN',
      dataLocation: { country: 'NL', withinEu: true },
      price: { kind: 'ON_REQUEST' },
    });
    expect(body.data.organisation.offerings).toContainEqual({ id: 'surf-surfdrive', tool: { name: body.data.tool.name } });
    const advice = body.data.product.advice;
    expect(advice.product.name).toBe(body.data.product.name);
    expect(advice.recommended.map((t: { id: string }) => t.id)).toContain('nextcloud');
    expect(advice.recommended.every((t: { name: string }) => t.name.length > 0)).toBe(true);
  });

  it('shows a curator’s new offering only after another curator publishes it', async () => {
    const input = {
      tool: 'moodle',
      provider: 'kennisnet',
      sectors: ['PO'],
      processorAgreement: 'UNKNOWN',
      price: { kind: 'ON_REQUEST' },
      url: 'https://example.org/moodle',
      sources: [{ url: 'https://example.org/moodle' }],
      certainty: 'PROBABLE',
      verifiedAt: '2026-11-30',
    };
    const created = await stack.query('mutation($input: OfferingInput!) { createOffering(input: $input) { id } }', { input }, as(alice));
    expect(created.body.data.createOffering).toEqual({ id: 'kennisnet-moodle' });
    const listed = async () => (await stack.query('{ tool(id: "moodle") { offerings { id } } }')).body.data.tool.offerings.map((o: { id: string }) => o.id);
    expect(await listed()).not.toContain('kennisnet-moodle');
    expect((await stack.query('mutation { submitOffering(id: "kennisnet-moodle") { entryStatus } }', {}, as(alice))).body.errors).toBeUndefined();
    const own = await stack.query('mutation { publishOffering(id: "kennisnet-moodle") { entryStatus } }', {}, as(alice));
    expect(own.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await listed()).not.toContain('kennisnet-moodle');
    const published = await stack.query('mutation { publishOffering(id: "kennisnet-moodle") { entryStatus } }', {}, as(bob));
    expect(published.body.data.publishOffering).toEqual({ entryStatus: 'PUBLISHED' });
    expect(await listed()).toContain('kennisnet-moodle');
  });

  it('refuses an offering of an unknown provider, naming the field', async () => {
    const { body } = await stack.query('mutation { createOffering(input: { tool: "moodle", provider: "no-such-organisation" }) { id } }', {}, as(alice));
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.provider' });
  });

  it('lists a tool’s offerings on its web page: provider, where the data stays, processor agreement, price, sign-in', async () => {
    const { status, html } = await getPage(`${web.url}/tools/nextcloud`);
    expect(status).toBe(200);
    const section = html.slice(html.indexOf('id="offering-surf-surfdrive"'));
    expect(section.length).toBeLessThan(html.length);
    const item = section.slice(0, section.indexOf('</li>'));
    for (const text of ['SURF', 'NL (binnen de EU)', 'Onbekend: geen bron zegt het', 'Op aanvraag', 'SURFconext']) expect(item).toContain(text);
    expect(html).toContain('Direct te gebruiken');
  });

  it('leads the product page with the advice for the sector in the URL, and offers the sector switch', async () => {
    const withSector = await getPage(`${web.url}/alternatieven/microsoft-teams?sector=PO`);
    expect(withSector.status).toBe(200);
    const advice = withSector.html.indexOf('id="advice"');
    expect(advice).toBeGreaterThan(0);
    expect(advice).toBeLessThan(withSector.html.indexOf('id="alternatives"'));
    expect(withSector.html).toContain('Advies voor primair onderwijs');
    expect(withSector.html).toContain('href="/tools/nextcloud"');
    expect(withSector.html).toContain('aria-current="true"');
    const without = await getPage(`${web.url}/alternatieven/microsoft-teams`);
    expect(without.html).not.toContain('id="advice"');
    expect(without.html).toContain('?sector=PO');
    const noAdvice = await getPage(`${web.url}/alternatieven/microsoft-teams?sector=HO`);
    expect(noAdvice.html).toContain('nog geen advies');
  });
});
