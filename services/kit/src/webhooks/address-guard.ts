/**
 * The SSRF guard of webhook subscriptions: a portal's URL must be https and resolve only to public
 * addresses. Private, loopback, link-local, unique-local, CGNAT, multicast and reserved addresses are
 * refused unless an allowlist entry (an IP, a CIDR range or a host name) permits them; tests allowlist loopback.
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { InputError } from '../errors.ts';

export interface AddressGuardOptions {
  /** IPs, CIDR ranges (`10.0.0.0/8`) or host names allowed although not public. */
  allow?: readonly string[];
  /** Allow http: (tests only). */
  allowHttp?: boolean;
  resolve?: (host: string) => Promise<string[]>;
}

const resolveAll = async (host: string) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

function allowed(address: string, allow: readonly string[]): boolean {
  const ip = ipaddr.process(address);
  return allow.some((entry) => {
    if (!entry.includes('/')) return ipaddr.isValid(entry) && ipaddr.process(entry).toString() === ip.toString();
    const [range, bits] = ipaddr.parseCIDR(entry);
    return range.kind() === ip.kind() && ip.match([range, bits] as never);
  });
}

/** Throws BAD_USER_INPUT (field `url`) unless `url` may receive webhooks; returns the parsed URL. */
export async function checkWebhookUrl(url: string, options: AddressGuardOptions = {}): Promise<URL> {
  const refuse = (why: string) => new InputError('url', `url: ${why}`);
  if (!URL.canParse(url)) throw refuse('is not a URL.');
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && !(options.allowHttp && parsed.protocol === 'http:')) throw refuse('must be https.');
  if (parsed.username || parsed.password) throw refuse('must not carry credentials.');
  const allow = options.allow ?? [];
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (allow.includes(host)) return parsed;
  const addresses = ipaddr.isValid(host) ? [host] : await (options.resolve ?? resolveAll)(host).catch(() => []);
  if (addresses.length === 0) throw refuse(`${host} does not resolve.`);
  for (const address of addresses) {
    const range = ipaddr.process(address).range();
    if (range !== 'unicast' && !allowed(address, allow)) throw refuse(`${host} resolves to ${address} (${range}); only public addresses receive webhooks.`);
  }
  return parsed;
}
