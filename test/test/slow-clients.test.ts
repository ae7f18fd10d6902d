/** Slow and greedy clients at the gateway: headers must come within seconds; one IP gets a bounded number of connections. */
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { HEADERS_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '600', MAX_CONNECTIONS_PER_IP: '3', RATE_LIMIT: '10000' } });
});
afterAll(() => stack.stop());

async function open(): Promise<{ socket: Socket; received: () => string }> {
  const { hostname, port } = new URL(stack.gatewayUrl);
  const socket = connect(Number(port), hostname);
  let text = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  return { socket, received: () => text };
}

describe('slow request bodies and connection floods', () => {
  it('closes a connection whose headers do not arrive within HEADERS_TIMEOUT_MS', async () => {
    const { socket, received } = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n');
    await once(socket, 'close');
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose body trickles in past REQUEST_TIMEOUT_MS', async () => {
    const { socket, received } = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
    const trickle = setInterval(() => socket.writable && socket.write(' '), 50);
    await once(socket, 'close');
    clearInterval(trickle);
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('refuses connections beyond MAX_CONNECTIONS_PER_IP from one IP, and serves again once they close', async () => {
    const held = await Promise.all([open(), open(), open()]);
    const extra = await open();
    await once(extra.socket, 'close');
    expect(extra.received()).toBe('');
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map(({ socket }) => (socket.closed ? undefined : once(socket, 'close'))));
    // The server notices the closes asynchronously; a fresh request then gets through.
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++)
      status = (await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { id } }' }).catch(() => ({ status: 0 }))).status;
    expect(status).toBe(200);
  });
});
