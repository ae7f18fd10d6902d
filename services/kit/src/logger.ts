/** The structured JSON logger every process uses (pino). */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level });
}

/** A logger for tests and embedded use that writes nothing. */
export const silentLogger: Logger = pino({ level: 'silent' });
