import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

describe('GraphiQL on /graphql in a browser', () => {
  it('serves the page with every asset from the gateway itself, none from a CDN', async () => {
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const assets = [...html.matchAll(/(?:href=|src=|:")(\/graphiql\/[^"\s>]+)/g)].map((m) => m[1]!);
    expect(assets).toEqual(expect.arrayContaining(['/graphiql/graphiql.css', '/graphiql/yoga-graphiql.umd.js']));
    for (const asset of assets) {
      const response = await fetch(new URL(asset, stack.gatewayUrl));
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });

  it('serves nothing else under the asset path', async () => {
    for (const path of ['/graphiql/package.json', '/graphiql/../../package.json', '/graphiql/yoga-graphiql.es.js']) {
      expect((await fetch(new URL(path, stack.gatewayUrl))).status, path).toBe(404);
    }
  });
});
