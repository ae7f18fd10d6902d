/**
 * The request-body limit, applied at the HTTP layer before Hive Gateway parses anything: a body over
 * the limit is refused with 413 as soon as its length is known, and never held in memory whole.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from '@edu-catalogus/kit/runtime';
import { refusalBody } from './plugins/refusal.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

function tooLarge(res: ServerResponse, maxBytes: number): void {
  res
    .writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
    .end(refusalBody(`The request body is larger than ${maxBytes} bytes.`, 'PAYLOAD_TOO_LARGE', { maxBytes }));
}

export function withBodyLimit(handler: Handler, maxBytes: number): Handler {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      if (Number(req.headers['content-length'] ?? 0) > maxBytes) return tooLarge(res, maxBytes);
      try {
        // whatwg-node (under Hive Gateway) takes a body already read from `req.body`.
        (req as IncomingMessage & { body?: string }).body = await readBody(req, maxBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) return tooLarge(res, maxBytes);
        // The client went away mid-body: nobody is left to answer.
        req.destroy();
        return;
      }
    }
    return handler(req, res);
  };
}
