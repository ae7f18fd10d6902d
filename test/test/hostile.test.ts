import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_TEXT_REQUESTS, HOSTILE_REQUESTS, type HostileRequest } from '../src/hostile.ts';
import { ACCEPT, postJson, send } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

function sendHostile(request: HostileRequest) {
  const url = new URL(stack.gatewayUrl);
  for (const [key, value] of Object.entries(request.search ?? {})) url.searchParams.set(key, value);
  const method = request.method ?? (request.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { accept: ACCEPT, ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers };
  const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  return send(url.toString(), { method, headers, ...(body !== undefined ? { body } : {}) });
}

describe('hostile input', () => {
  it('has at least 50 hostile requests', () => {
    expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE_REQUESTS.map((r) => [r.name, r] as const))('refuses %s with a 4xx and a code', async (_name, request) => {
    const response = await sendHostile(request);
    expect(response.status, response.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const code = response.json?.errors?.[0]?.extensions?.code;
    expect(code, response.text.slice(0, 300)).toBe(request.code);
  });

  it.each(FREE_TEXT_REQUESTS.map((r) => [r.name, r] as const))('bounds free text: %s', async (_name, request) => {
    const response = await postJson(stack.gatewayUrl, request.body);
    expect(response.status, response.text.slice(0, 300)).toBeLessThan(500);
    const errors = response.json?.errors;
    if (request.field === undefined) expect(errors, response.text.slice(0, 300)).toBeUndefined();
    else expect(errors?.[0]?.extensions, response.text.slice(0, 300)).toMatchObject({ code: 'BAD_USER_INPUT', field: request.field });
  });

  it('refuses an oversized body sent in chunks, without a Content-Length', async () => {
    const chunk = new TextEncoder().encode(`{"query":"{ __typename }","pad":"${'x'.repeat(64 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await send(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: ACCEPT }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('is healthy and answers real queries afterwards', async () => {
    expect((await send(new URL('/healthz', stack.gatewayUrl).toString())).status).toBe(200);
    expect((await send(new URL('/readyz', stack.gatewayUrl).toString())).status).toBe(200);
    const response = await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { id standards { id } } }' });
    expect(response.status).toBe(200);
    expect(response.json.data.tool.id).toBe('moodle');
  });
});
