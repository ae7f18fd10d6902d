/** "Meld een fout" in a subgraph, on both stores: anonymous reports on published entries, strict input, caps, curators resolve. */
import type { Identity } from '@edu-catalogus/kit/runtime';
import { createReportStore } from '@edu-catalogus/kit/curation';
import { execute } from '@edu-catalogus/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../src/definition.ts';
import { bothStores, type Stores } from './both-stores.ts';

const alice: Identity = { sub: 'alice', name: 'Alice', org: 'kennisnet', roles: ['curator'] };
const report = `mutation Report($id: ID!, $input: ProblemReportInput!) { reportStandardProblem(id: $id, input: $input) { entityId receivedAt } }`;
const open = `{ openStandardReports { id entityType entityId message email status } }`;

describe.each(bothStores())('problem reports on %s', (_name, openStores) => {
  let stores: Stores;
  let server: ReturnType<typeof definition.createServer>;
  beforeAll(async () => {
    stores = await openStores();
    server = definition.createServer({ db: stores.db as never });
  }, 120_000);
  afterAll(() => stores?.close());

  it('stores an anonymous report on a published standard, which curators see and resolve', async () => {
    const sent = await execute(server, report, { id: 'uwlr', input: { message: '  De link naar de specificatie werkt niet meer.  ', email: 'ict@school.nl' } });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.reportStandardProblem.entityId).toBe('uwlr');

    expect((await execute(server, open)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const listed = await execute(server, open, {}, alice);
    expect(listed.errors).toBeUndefined();
    const [row] = listed.data.openStandardReports;
    expect(row).toMatchObject({
      entityType: 'Standard',
      entityId: 'uwlr',
      message: 'De link naar de specificatie werkt niet meer.',
      email: 'ict@school.nl',
      status: 'OPEN',
    });

    const resolved = await execute(
      server,
      `mutation { resolveStandardReport(id: "${row.id}", comment: "Link bijgewerkt") { status resolution resolvedBy { sub name } } }`,
      {},
      alice,
    );
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data.resolveStandardReport).toMatchObject({
      status: 'RESOLVED',
      resolution: 'Link bijgewerkt',
      resolvedBy: { sub: 'alice', name: 'Alice' },
    });
    expect((await execute(server, open, {}, alice)).data.openStandardReports).toEqual([]);
    const again = await execute(server, `mutation { resolveStandardReport(id: "${row.id}") { status } }`, {}, alice);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses HTML, too short or too long text, a bad e-mail and an unknown entry, naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ message: 'Klik <a href="https://x.example">hier</a> voor info' }, 'input.message', 'BAD_USER_INPUT'],
      [{ message: 'fout' }, 'input.message', 'BAD_USER_INPUT'],
      [{ message: 'x'.repeat(2001) }, 'input.message', 'BAD_USER_INPUT'],
      [{ message: 'De naam is verkeerd gespeld.', email: 'geen-adres' }, 'input.email', 'BAD_USER_INPUT'],
    ];
    for (const [input, field, code] of cases) {
      const { errors } = await execute(server, report, { id: 'uwlr', input });
      expect(errors?.[0]?.extensions).toMatchObject({ code, field });
    }
    const unknown = await execute(server, report, { id: 'bestaat-niet', input: { message: 'De naam is verkeerd gespeld.' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('caps open reports per entry and in total', async () => {
    for (let i = 0; i < 20; i++)
      expect((await execute(server, report, { id: 'saml-2-0', input: { message: `Melding nummer ${i} over SAML.` } })).errors).toBeUndefined();
    const over = await execute(server, report, { id: 'saml-2-0', input: { message: 'Nog een melding over SAML.' } });
    expect(over.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const small = createReportStore(stores.db, { openTotal: 21 });
    await small.add('Standard', 'uwlr', { message: 'Eén melding past er nog bij.' });
    await expect(small.add('Standard', 'edexml', { message: 'Deze past niet meer.' })).rejects.toThrow(/too many open reports/);
  });
});
