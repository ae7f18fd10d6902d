/**
 * Word, inside one process, that another process changed an entity: what the process keeps in memory
 * (the known-organisations cache of curation/organisations.ts) drops the entry instead of serving it
 * until it expires. On PostgreSQL the word comes from the outbox trigger's NOTIFY (postgres/change-listener.ts),
 * so it crosses replicas and subgraphs sharing one database; on SQLite there is none and caches keep their TTL.
 */
import { EventEmitter } from 'node:events';

export interface ChangeNotice {
  /** The subgraph's schema (`tools`), the outbox `seq`, and the entity the event is about. */
  schema: string;
  seq: number;
  entityType: string;
  entityId: string;
}

/** `null`: anything may have changed (the listener was disconnected and may have missed notices). */
export type ChangeListener = (notice: ChangeNotice | null) => void;

export interface ChangeSignal {
  /** Calls `listener` on every notice until the returned function is called. */
  subscribe(listener: ChangeListener): () => void;
}

export function createChangeSignal(): ChangeSignal & { emit(notice: ChangeNotice | null): void } {
  const events = new EventEmitter();
  events.setMaxListeners(0); // one per cache the process made (tests make many servers in one process)
  return {
    subscribe(listener) {
      events.on('change', listener);
      return () => events.off('change', listener);
    },
    emit(notice) {
      events.emit('change', notice);
    },
  };
}
