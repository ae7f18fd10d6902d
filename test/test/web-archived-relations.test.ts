/**
 * Archived entries stay named in the relations that pointed at them (issue 16 item 10), on every entry
 * page type that lists them: a tool of this catalogue by name with "gearchiveerd" and no link (the API's
 * `archived…` lists), an entry of another subgraph as "n gearchiveerd" (the gateway resolves it to null).
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { loadCatalogue } from '@edu-catalogus/seeds';
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { startWebOver } from '../src/web.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
let stack: Stack;
let web: RunningWeb;
beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
}, 60_000);
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

/** Asks and then archives an entry: two curators, four eyes. */
async function archive(type: string, id: string) {
  for (const sub of ['alice', 'bob']) {
    const token = await stack.token({ sub, org: 'kennisnet', roles: ['curator'] });
    const { body } = await stack.query(`mutation { archive${type}(id: "${id}", comment: "Test.") { entryStatus } }`, {}, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
  }
}
const page = async (path: string) => {
  const response = await fetch(`${web.url}${path}`);
  return { status: response.status, html: await response.text() };
};
/** The HTML of one section of a page, by its heading id. */
const section = (html: string, id: string) => html.match(new RegExp(`<h2 id="${id}">[\\s\\S]*?</section>`))?.[0] ?? '';

describe('archived entries in relations', { timeout: 60_000 }, () => {
  it('says a tool’s standard was archived, instead of failing or dropping it', async () => {
    expect(section((await page('/tools/moodle')).html, 'standards')).toContain('href="/standaarden/common-cartridge"');
    await archive('Standard', 'common-cartridge');
    const moodle = await page('/tools/moodle');
    expect(moodle.status).toBe(200);
    const standards = section(moodle.html, 'standards');
    expect(standards).not.toContain('/standaarden/common-cartridge');
    expect(standards).toContain('href="/standaarden/lti-1-3"');
    expect(standards).toContain('En 1 item dat inmiddels gearchiveerd is.');
    expect(section((await page('/en/tools/moodle')).html, 'standards')).toContain('And 1 entry that has been archived since.');
    const maintainer = section((await page('/organisaties/1edtech')).html, 'standards');
    expect(maintainer).not.toContain('href="/standaarden/common-cartridge"');
    expect(maintainer).toMatch(/Common Cartridge[^<]* <span class="badge">gearchiveerd<\/span>/);
  });

  it('names an archived tool on the pages of its standards and facilities, without a link', async () => {
    await archive('Tool', 'moodle');
    const lti = await page('/standaarden/lti-1-3');
    expect(lti.status).toBe(200);
    const implementations = section(lti.html, 'implemented-by');
    expect(implementations).not.toContain('href="/tools/moodle"');
    expect(implementations).toMatch(/Moodle LMS <span class="badge">gearchiveerd<\/span>/);
    const entree = section((await page('/voorzieningen/entree-federatie')).html, 'tools');
    expect(entree).not.toContain('href="/tools/moodle"');
    expect(entree).toMatch(/Moodle LMS <span class="badge">gearchiveerd<\/span>/);
  });

  it('names an archived facility on the pages of its standards and its operator, and counts it on a tool’s page', async () => {
    await archive('Facility', 'entree-federatie');
    const saml = section((await page('/standaarden/saml-2-0')).html, 'used-by');
    expect(saml).not.toContain('href="/voorzieningen/entree-federatie"');
    expect(saml).toMatch(/Entree Federatie <span class="badge">gearchiveerd<\/span>/);
    const kennisnet = section((await page('/organisaties/kennisnet')).html, 'facilities');
    expect(kennisnet).toMatch(/Entree Federatie <span class="badge">gearchiveerd<\/span>/);
    const tool = catalogue.tools.find((t) => t.facilities.includes('entree-federatie') && t.id !== 'moodle')!;
    const facilities = section((await page(`/tools/${tool.id}`)).html, 'facilities');
    expect(facilities).not.toContain('href="/voorzieningen/entree-federatie"');
    expect(facilities).toContain('gearchiveerd is.');
  });

  it('names a tool’s archived product under "vervangt", without a link', async () => {
    await archive('Product', 'zoom');
    const jitsi = await page('/tools/jitsi-meet');
    expect(jitsi.status).toBe(200);
    const replaces = section(jitsi.html, 'replaces');
    expect(replaces).not.toContain('href="/alternatieven/zoom"');
    expect(replaces).toContain('href="/alternatieven/google-meet"');
    expect(replaces).toMatch(/Zoom <span class="badge">gearchiveerd<\/span>/);
  });

  it('names an archived operator, partner and maintainer instead of failing the page', async () => {
    for (const id of ['ocw', 'stichting-basispoort', 'refeds']) await archive('Organisation', id);
    const fact = (html: string, term: string) => html.match(new RegExp(`<dt>${term}</dt><dd>([\\s\\S]*?)</dd>`))?.[1] ?? '';
    const eduK = await page('/voorzieningen/edu-k');
    expect(eduK.status).toBe(200);
    const partners = fact(eduK.html, 'Betrokken organisaties');
    expect(partners).toContain('href="/organisaties/po-raad"');
    expect(partners).not.toContain('href="/organisaties/ocw"');
    expect(partners).toMatch(/Ministerie van Onderwijs, Cultuur en Wetenschap \(OCW\) <span class="badge">gearchiveerd<\/span>/);
    const basispoort = await page('/voorzieningen/basispoort');
    expect(basispoort.status).toBe(200);
    expect(fact(basispoort.html, 'Beheerder')).toMatch(/^Stichting Basispoort \(Basispoort\) <span class="badge">gearchiveerd<\/span>$/);
    const eduPerson = await page('/standaarden/eduperson');
    expect(eduPerson.status).toBe(200);
    expect(fact(eduPerson.html, 'Beheerorganisatie')).toContain('gearchiveerd');
    expect(fact(eduPerson.html, 'Beheerorganisatie')).not.toContain('href=');
    for (const list of ['/voorzieningen', '/standaarden']) expect((await page(list)).status).toBe(200);
    expect(fact((await page('/en/standaarden/eduperson')).html, 'Maintained by')).toContain('an organisation that has been archived since');
  });

  it('stops calling a restored tool archived, and links it again once it is published', async () => {
    const [alice, bob] = await Promise.all(['alice', 'bob'].map((sub) => stack.token({ sub, org: 'kennisnet', roles: ['curator'] })));
    const as = async (token: string, mutation: string) => {
      const { body } = await stack.query(`mutation { ${mutation} { entryStatus } }`, {}, { authorization: `Bearer ${token}` });
      expect(body.errors).toBeUndefined();
    };
    await as(alice!, 'restoreTool(id: "moodle", comment: "Terug.")');
    const restored = section((await page('/standaarden/lti-1-3')).html, 'implemented-by');
    expect(restored).not.toContain('Moodle LMS <span class="badge">gearchiveerd</span>');
    await as(alice!, 'submitTool(id: "moodle")');
    await as(bob!, 'publishTool(id: "moodle")');
    const published = section((await page('/standaarden/lti-1-3')).html, 'implemented-by');
    expect(published).toContain('href="/tools/moodle"');
    expect(published).not.toContain('gearchiveerd');
  });
});
