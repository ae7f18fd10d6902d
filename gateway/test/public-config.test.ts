import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '@edu-catalogus/kit/runtime';
import { describe, expect, it } from 'vitest';
import { loadPublicApiConfig } from '../src/public-config.ts';
import { documentHash, loadPersistedDocuments, PersistedDocumentsError } from '../src/plugins/persisted-documents.ts';

describe('public API config', () => {
  it('defaults to a 60 s public cache, any origin, the response cache on and the committed documents', () => {
    const config = loadPublicApiConfig({});
    expect(config.cache).toEqual({ maxAgeSeconds: 60, responseCache: true, changesPollMs: 250, metadata: false });
    expect(config.corsOrigins).toEqual(['*']);
    expect(config.production).toBe(false);
    expect(config.persistedDocuments.dir).toMatch(/gateway\/persisted-documents$/);
    expect(config.persistedDocuments.onlyForAnonymous).toBe(false);
  });

  it('reads production mode from PRODUCTION or NODE_ENV', () => {
    expect(loadPublicApiConfig({ PRODUCTION: 'true' }).production).toBe(true);
    expect(loadPublicApiConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadPublicApiConfig({ PRODUCTION: 'off' }).production).toBe(false);
  });

  it('splits lists and lower-cases the API key header', () => {
    const config = loadPublicApiConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', PORTAL_API_KEYS: 'k1,k2', API_KEY_HEADER: 'X-Portal-Key' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.rateLimit.portalApiKeys).toEqual(['k1', 'k2']);
    expect(config.rateLimit.apiKeyHeader).toBe('x-portal-key');
  });

  it('trusts no proxy by default and reads TRUSTED_PROXIES as IPs and CIDR ranges', () => {
    expect(loadPublicApiConfig({}).rateLimit.trustedProxies).toEqual([]);
    expect(loadPublicApiConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7,::1' }).rateLimit.trustedProxies).toEqual(['10.0.0.0/8', '192.0.2.7', '::1']);
  });

  it.each([
    ['CACHE_MAX_AGE', '-1'],
    ['MAX_DEPTH', '0'],
    ['RATE_LIMIT', 'lots'],
    ['RESPONSE_CACHE', 'maybe'],
    ['CORS_ORIGINS', 'not an origin'],
    ['API_KEY_HEADER', 'bad header'],
    ['TRUSTED_PROXIES', 'proxy.example'],
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
  ])('stops on a bad %s, naming it', (variable, value) => {
    expect(() => loadPublicApiConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadPublicApiConfig({ [variable]: value })).toThrow(new RegExp(variable));
  });
});

describe('the persisted-documents store', () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), 'documents-'));

  it('loads <sha256>.graphql files by hash, and an absent directory as empty', () => {
    const d = dir();
    const text = '{ tool(id: "moodle") { id } }';
    writeFileSync(path.join(d, `${documentHash(text)}.graphql`), text);
    writeFileSync(path.join(d, 'README.md'), 'not a document');
    expect([...loadPersistedDocuments(d)]).toEqual([[documentHash(text), text]]);
    expect(loadPersistedDocuments(path.join(d, 'missing')).size).toBe(0);
  });

  it('refuses a file whose name is not the hash of its content', () => {
    const d = dir();
    writeFileSync(path.join(d, `${documentHash('{ a }')}.graphql`), '{ b }');
    expect(() => loadPersistedDocuments(d)).toThrow(PersistedDocumentsError);
  });
});
