/** Raw HTTP helpers for the gateway tests: GET and POST with full control of headers and body. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: any;
}

export async function send(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

/** A GET of `/graphql?query=…` (and variables), as a portal's cacheable read. */
export function getQuery(gatewayUrl: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const url = new URL(gatewayUrl);
  url.searchParams.set('query', query);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  return send(url.toString(), { headers: { accept: ACCEPT, ...headers } });
}

export function postJson(gatewayUrl: string, body: unknown, headers: Record<string, string> = {}) {
  return send(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: ACCEPT, ...headers }, body: JSON.stringify(body) });
}
