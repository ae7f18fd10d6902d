import { createGraphQLError } from '@graphql-tools/utils';
import { describe, expect, it } from 'vitest';
import { maskError } from '../src/plugins/errors.ts';

describe('errors a client can act on', () => {
  it('turns a subgraph transport failure into SERVICE_UNAVAILABLE with 503 and Retry-After, naming the service only', () => {
    const transport = createGraphQLError('connect ECONNREFUSED 10.0.0.7:4003', {
      path: ['tool', 'standards'],
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'standards', request: { body: '{"extensions":{"hmac-signature":"x"}}' } },
    });
    const masked = maskError(transport) as ReturnType<typeof createGraphQLError>;
    expect(masked.message).toBe('The standards service is unavailable; try again in a few seconds.');
    expect(masked.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'standards', http: { status: 503, headers: { 'retry-after': '5' } } });
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/10\.0\.0\.7|hmac/);
  });

  it("keeps a subgraph's STORAGE_UNAVAILABLE refusal and answers it with 503", () => {
    const refusal = createGraphQLError('The catalogue cannot store changes right now (its disk is full or read-only); nothing was saved, try again later.', {
      path: ['createTool'],
      extensions: { code: 'STORAGE_UNAVAILABLE' },
    });
    const kept = maskError(refusal) as ReturnType<typeof createGraphQLError>;
    expect(kept.message).toBe(refusal.message);
    expect(kept.extensions).toMatchObject({ code: 'STORAGE_UNAVAILABLE', http: { status: 503 } });
  });
});

describe('free text over the documented limits', () => {
  it("answers a subgraph's BAD_USER_INPUT for over-long free text with 400, keeping its message and field", () => {
    for (const limit of [{ maxWords: 16 }, { maxChars: 200 }]) {
      const refusal = createGraphQLError('search has more than 16 words', {
        path: ['tools'],
        extensions: { code: 'BAD_USER_INPUT', field: 'search', ...limit },
      });
      const kept = maskError(refusal) as ReturnType<typeof createGraphQLError>;
      expect(kept.message).toBe(refusal.message);
      expect(kept.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search', ...limit, http: { status: 400 } });
    }
  });

  it('leaves other input errors (partial answers) at 200', () => {
    const other = createGraphQLError('first must be 1..100', { path: ['tools'], extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect((maskError(other) as ReturnType<typeof createGraphQLError>).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
