import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, postJson, send } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

const committed = path.join(repoRoot, 'gateway/persisted-documents');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const toolName = 'query ToolName($id: ID!) { tool(id: $id) { id name } }';
const standardName = 'query StandardName($id: ID!) { standard(id: $id) { id name } }';

let stack: Stack;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'documents-'));
  for (const text of [toolName, standardName]) writeFileSync(path.join(dir, `${sha256(text)}.graphql`), text);
  stack = await startStack({
    env: {
      PERSISTED_DOCUMENTS_DIR: dir,
      TRUSTED_DOCUMENTS_ONLY: 'true',
      PRODUCTION: 'true',
      ALLOW_DEV_TOKENS: 'true',
      CORS_ORIGINS: 'https://portal.example,https://school.example',
    },
  });
});
afterAll(() => stack.stop());

describe('trusted documents', () => {
  it('runs a registered document sent by documentId only, over POST and over a cacheable GET', async () => {
    const post = await postJson(stack.gatewayUrl, { documentId: sha256(toolName), variables: { id: 'moodle' } });
    expect(post.status).toBe(200);
    expect(post.json.data.tool).toEqual({ id: 'moodle', name: 'Moodle LMS' });
    const url = new URL(stack.gatewayUrl);
    url.searchParams.set('documentId', `sha256:${sha256(toolName)}`);
    url.searchParams.set('variables', JSON.stringify({ id: 'moodle' }));
    const get = await send(url.toString(), { headers: { accept: ACCEPT } });
    expect(get.json).toEqual(post.json);
    expect(get.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
  });

  it('keeps two cached documents with the same variables apart', async () => {
    const tool = await postJson(stack.gatewayUrl, { documentId: sha256(toolName), variables: { id: 'lti-1-3' } });
    const standard = await postJson(stack.gatewayUrl, { documentId: sha256(standardName), variables: { id: 'lti-1-3' } });
    expect(tool.json.data.tool).toBeNull();
    expect(standard.json.data.standard.id).toBe('lti-1-3');
  });

  it('refuses an unknown documentId with a code', async () => {
    const response = await postJson(stack.gatewayUrl, { documentId: sha256('{ __typename }') });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('holds anonymous traffic to registered documents when TRUSTED_DOCUMENTS_ONLY is set', async () => {
    const response = await postJson(stack.gatewayUrl, { query: toolName, variables: { id: 'moodle' } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('still lets a signed-in curator send their own query', async () => {
    const token = await stack.token({ sub: 'curator-1', org: 'kennisnet', roles: ['curator'] });
    const response = await postJson(stack.gatewayUrl, { query: toolName, variables: { id: 'moodle' } }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.json.data.tool.id).toBe('moodle');
  });

  it('ships only well-formed documents in gateway/persisted-documents (name = sha256 of the content)', () => {
    const files = readdirSync(committed).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(sha256(readFileSync(path.join(committed, file), 'utf8'))).toBe(path.basename(file, '.graphql'));
  });
});

describe('production mode', () => {
  it('gives no "Did you mean" suggestions, but keeps introspection on', async () => {
    const token = await stack.token({ sub: 'curator-1', roles: ['curator'] });
    const auth = { authorization: `Bearer ${token}` };
    const typo = await postJson(stack.gatewayUrl, { query: '{ tool(id: "moodle") { nam } }' }, auth);
    expect(typo.status).toBe(400);
    expect(typo.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.text).not.toMatch(/Did you mean/);
    const introspection = await postJson(stack.gatewayUrl, { query: '{ __schema { queryType { name } } }' }, auth);
    expect(introspection.json.data.__schema.queryType.name).toBe('Query');
  });
});

describe('CORS with an allowlist', () => {
  const preflight = (origin: string) =>
    send(stack.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows a listed origin', async () => {
    const response = await preflight('https://portal.example');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });

  it('gives an unlisted origin no CORS permission', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});
