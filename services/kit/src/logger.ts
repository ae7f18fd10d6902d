/** The structured JSON logger every process uses (pino); lines logged while serving a request carry its id. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

export type { Logger };

const currentRequest = new AsyncLocalStorage<{ requestId: string }>();

/** A request id as it may travel in `x-request-id` (and into logs): short and plain, or nothing. */
export function wellFormedRequestId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[\w.:-]{1,128}$/.test(value) ? value : undefined;
}

/** Runs `fn` so that every log line it causes carries `requestId` (the gateway's `x-request-id`). */
export function withRequestId<T>(requestId: string | undefined, fn: () => T): T {
  return requestId ? currentRequest.run({ requestId }, fn) : fn();
}

/**
 * Never logged: the subgraph request a transport error carries (Hive puts the signed body, with the
 * caller's identity and input, in `extensions.request`), request bodies and variables.
 */
const REDACTED = ['extensions.request', '*.extensions.request', 'err.originalError.extensions.request', 'body', 'variables', '*.variables'];

export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return pino({ name, level, mixin: () => currentRequest.getStore() ?? {}, redact: { paths: REDACTED, remove: true } }, destination);
}

/** A logger for tests and embedded use that writes nothing. */
export const silentLogger: Logger = pino({ level: 'silent' });
