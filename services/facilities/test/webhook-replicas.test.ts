/**
 * Webhooks of two facilities replicas on one PostgreSQL: both run the deliverer over the same outbox and
 * subscriptions (as two processes behind a load balancer do); a portal subscribes through one, curators
 * publish through the other, and the receiver gets every event once, in feed order, signed (the signatures
 * themselves are verified with the `standardwebhooks` receiver in kit's and the whole stack's webhook tests).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute, type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores } from '../src/context.ts';
import { seedFacilitiesDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { type FacilitiesPgDb, openFacilitiesPostgres } from '../src/store/pg-open.ts';

// Read when a server is made: loopback receivers, and a deliverer that looks often.
process.env.WEBHOOK_ALLOWLIST = '127.0.0.0/8';
process.env.WEBHOOK_ALLOW_HTTP = 'true';
process.env.WEBHOOK_POLL_MS = '20';

let pg: StartedPostgres;
const handles: FacilitiesPgDb[] = [];
let receiver: Server;
const received: { id: string; body: string; headers: Record<string, string> }[] = [];

beforeAll(async () => {
  pg = await startPostgres();
  handles.push(await openFacilitiesPostgres(pg.url), await openFacilitiesPostgres(pg.url));
  await seedFacilitiesDb(handles[0]!, loadCatalogue(undefined, normalizeText));
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ id: String(req.headers['webhook-id']), body, headers: req.headers as Record<string, string> });
      // A receiver that takes its time, so both replicas' passes overlap.
      setTimeout(() => res.writeHead(204).end(), 30);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  for (const db of handles) await db.$client.end();
  await pg?.stop();
});

describe('webhooks of two facilities replicas on one PostgreSQL', () => {
  it('deliver every published change once, in feed order, signed', async () => {
    const [first, second] = handles.map((db) => definition.createServer({ db }));
    try {
      const portal = { sub: 'portal', org: 'kennisnet', roles: ['portal'] };
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const created = await execute(first!, `mutation($url: String!) { createWebhookSubscription(url: $url) { secret } }`, { url }, portal);
      expect(created.errors).toBeUndefined();
      await execute(second!, '{ organisations { id } }'); // starts the second replica's deliverer

      const curation = createStores(handles[1]!).curation.facility;
      const alice = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
      const bob = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };
      const ids = ['edugain', 'nummervoorziening', 'entree-federatie'];
      for (const [i, id] of ids.entries()) {
        const entry = (await curation.get(id))!;
        const draft = await curation.update(alice, id, entry.version, { ...entry.published, name: `${entry.published!.name as string} ${i}` });
        await curation.submit(alice, id, { expectedVersion: draft.version });
        await curation.publish(bob, id, { expectedVersion: draft.version + 1 });
      }

      for (const end = Date.now() + 30_000; received.length < ids.length && Date.now() < end; ) await sleep(20);
      await sleep(500); // a duplicate sent by the other replica would arrive now
      expect(received.map((r) => JSON.parse(r.body).data.id)).toEqual(ids);
      expect(new Set(received.map((r) => r.id)).size).toBe(ids.length);
      for (const r of received) expect(r.headers['webhook-signature']).toMatch(/^v1,/);
    } finally {
      await Promise.all([first!.apollo.stop(), second!.apollo.stop()]);
    }
  });
});
