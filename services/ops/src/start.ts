/** `npm start`: the whole catalogue under the supervisor; SIGTERM or SIGINT stops it in order and exits 0. */
import { createLogger, shutdownDeadlineMs } from '@edu-catalogus/kit/runtime';
import { SERVICES, stackEnvironment } from './services.ts';
import { createSupervisor, StartFailed } from './supervisor.ts';

const logger = createLogger('supervisor');
const env = await stackEnvironment(process.env);
const supervisor = createSupervisor({ services: SERVICES, env, logger, deadlineMs: shutdownDeadlineMs() });

let stopping: Promise<void> | undefined;
const stop = (signal: string) => {
  if (stopping) return;
  logger.info({ signal }, 'stopping every service');
  stopping = supervisor.stop().then(() => {
    logger.info('stopped');
    process.exit(0);
  });
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGHUP', () => stop('SIGHUP'));

try {
  await supervisor.start();
} catch (error) {
  if (!(error instanceof StartFailed)) throw error;
  logger.fatal(error.message);
  process.exit(1);
}
