/**
 * Idempotency-Key on mutations: a curator who lost the answer retries with the same key and gets the
 * first answer, without a second write, even through a gateway started afresh (the answer is stored by
 * the subgraph with the write); the same key with another body is refused; without a key nothing changes.
 */
import { loadGatewayConfig, startConfiguredGateway, type RunningGateway } from '@edu-catalogus/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let alice: string;
let bob: string;
let restarted: RunningGateway;
beforeAll(async () => {
  stack = await startStack();
  alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
  // A second gateway over the same subgraphs, as after a crash and restart of the first: it has no memory of earlier requests.
  const config = loadGatewayConfig({
    DATA_DIR: stack.dataDir,
    GATEWAY_PORT: '0',
    SUBGRAPH_TOOLS_URL: stack.subgraphUrls.tools,
    SUBGRAPH_FACILITIES_URL: stack.subgraphUrls.facilities,
    SUBGRAPH_STANDARDS_URL: stack.subgraphUrls.standards,
    SUBGRAPH_SCHOOLS_URL: stack.subgraphUrls.schools,
  });
  restarted = await startConfiguredGateway(config, { logging: false });
});
afterAll(async () => {
  await restarted?.close();
  await stack?.stop();
});

const CREATE = 'mutation($input: ToolInput!) { createTool(input: $input) { id version entryStatus } }';
const input = (name: string) => ({
  name,
  summary: { nl: 'Een rekenmachine voor grafieken in de wiskundeles.', en: 'A graphing calculator for maths lessons.' },
  homepage: 'https://example.org/calculator',
  license: { expression: 'GPL-3.0-or-later' },
  categories: ['educational-content'],
  platforms: ['LINUX'],
  sectors: ['VO'],
  developmentStatus: 'STABLE',
  sources: [{ url: 'https://example.org/calculator' }],
  certainty: 'PROBABLE',
});
const headers = (token: string, key?: string) => ({ authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) });
const create = (gatewayUrl: string, name: string, token: string, key?: string) =>
  postJson(gatewayUrl, { query: CREATE, variables: { input: input(name) } }, headers(token, key));
const historyOf = async (id: string) =>
  (await stack.query(`{ toolEntry(id: "${id}") { version history { action } } }`, {}, headers(alice))).body.data?.toolEntry;

describe('Idempotency-Key', () => {
  it('answers a retry with the first answer and writes once, also through a restarted gateway', async () => {
    const first = await create(stack.gatewayUrl, 'Grafiekrekenaar Een', alice, 'f1a6c3e0-retry-1');
    expect(first.json).toEqual({ data: { createTool: { id: 'grafiekrekenaar-een', version: 1, entryStatus: 'DRAFT' } } });
    const again = await create(stack.gatewayUrl, 'Grafiekrekenaar Een', alice, 'f1a6c3e0-retry-1');
    const afterCrash = await create(restarted.url, 'Grafiekrekenaar Een', alice, 'f1a6c3e0-retry-1');
    expect(again.json).toEqual(first.json);
    expect(afterCrash.json).toEqual(first.json);
    expect(await historyOf('grafiekrekenaar-een')).toEqual({ version: 1, history: [{ action: 'CREATE' }] });
  });

  it('refuses the same key with a different body, naming the header, and writes nothing', async () => {
    await create(stack.gatewayUrl, 'Grafiekrekenaar Twee', alice, 'key-two');
    const other = await create(stack.gatewayUrl, 'Grafiekrekenaar Drie', alice, 'key-two');
    expect(other.json.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    expect(other.json.errors?.[0]?.message).toContain('Idempotency-Key "key-two"');
    expect(await historyOf('grafiekrekenaar-drie')).toBeNull();
  });

  it('keeps keys per curator: the same key from another curator is a request of its own', async () => {
    await create(stack.gatewayUrl, 'Grafiekrekenaar Vier', alice, 'shared-key');
    const bobs = await create(stack.gatewayUrl, 'Grafiekrekenaar Vijf', bob, 'shared-key');
    expect(bobs.json).toEqual({ data: { createTool: { id: 'grafiekrekenaar-vijf', version: 1, entryStatus: 'DRAFT' } } });
  });

  it('changes nothing without a key: a repeated create is a conflict', async () => {
    expect((await create(stack.gatewayUrl, 'Grafiekrekenaar Zes', alice)).json.data.createTool.id).toBe('grafiekrekenaar-zes');
    const repeated = await create(stack.gatewayUrl, 'Grafiekrekenaar Zes', alice);
    expect(repeated.json.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
  });

  it('makes each workflow step once: a retried submit answers the first result', async () => {
    await create(stack.gatewayUrl, 'Grafiekrekenaar Zeven', alice);
    const submit = () =>
      postJson(stack.gatewayUrl, { query: 'mutation { submitTool(id: "grafiekrekenaar-zeven") { version entryStatus } }' }, headers(alice, 'submit-7'));
    const first = await submit();
    expect(first.json).toEqual({ data: { submitTool: { version: 2, entryStatus: 'IN_REVIEW' } } });
    expect((await submit()).json).toEqual(first.json);
    expect((await historyOf('grafiekrekenaar-zeven')).history).toHaveLength(2);
  });

  it('refuses a malformed key with BAD_USER_INPUT naming the header', async () => {
    const response = await create(stack.gatewayUrl, 'Grafiekrekenaar Acht', alice, 'has spaces in it');
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(response.json.errors[0].message).toContain('Idempotency-Key');
  });
});
