/** Process entry of the web service: config -> app -> listen; exits on SIGTERM. */
import { createLogger, runProcess } from '@edu-catalogus/kit';
import { loadWebConfig } from './config.ts';
import { startWeb } from './serve.ts';

const logger = createLogger('web');

runProcess('web', logger, async () => {
  const config = loadWebConfig();
  const running = await startWeb({ ...config, logger });
  logger.info({ gateway: config.gatewayUrl }, `the catalogue on the web is ready: open ${running.url}`);
  return running;
});
