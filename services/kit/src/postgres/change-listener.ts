/**
 * How a replica hears that another one wrote: the outbox trigger's NOTIFY on `edu_catalogus_changes`
 * (sent at commit), on one dedicated connection. A notification sent while the connection was down is
 * lost, so after reconnecting the replica is told to drop everything it keeps (`onReconnect`).
 */
import pg from 'pg';
import type { ChangeNotice } from '../change-signal.ts';

export type { ChangeNotice } from '../change-signal.ts';

export const CHANGES_CHANNEL = 'edu_catalogus_changes';

export interface ChangeListenerOptions {
  url: string;
  onChange: (notice: ChangeNotice) => void;
  /** The connection was lost and is back: changes may have been missed. */
  onReconnect?: () => void;
  /** A connection attempt failed (it is retried with backoff up to 5 s). */
  onError?: (error: Error) => void;
}

export function parseNotice(payload: string): ChangeNotice {
  const [schema = '', seq = '', entityType = '', ...id] = payload.split(':');
  return { schema, seq: Number(seq), entityType, entityId: id.join(':') };
}

export async function listenForChanges(options: ChangeListenerOptions): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | undefined;
  let closed = false;
  let retries = 0;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: options.url });
    next.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL && message.payload) options.onChange(parseNotice(message.payload));
    });
    next.on('error', (error) => options.onError?.(error));
    // Only the live connection reconnects: a failed attempt's client ends too, and its loop retries it.
    next.on('end', () => {
      if (!closed && client === next) void reconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${CHANGES_CHANNEL}`);
    client = next;
    retries = 0;
  }

  async function reconnect(): Promise<void> {
    while (!closed) {
      try {
        await connect();
        options.onReconnect?.();
        return;
      } catch (error) {
        options.onError?.(error as Error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 100 * 2 ** retries++)));
      }
    }
  }

  await connect();
  return {
    async close() {
      closed = true;
      await client?.end();
    },
  };
}
