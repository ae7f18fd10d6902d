/** Process entry of the web service: config -> app -> listen; exits on SIGTERM. */
import { createLogger, ensureDataDir, loadOrCreateSecret, loadServerLimits, runProcess, SITE_KEY_FILE } from '@edu-catalogus/kit/runtime';
import { loadWebConfig } from './config.ts';
import { startWeb } from './serve.ts';

const logger = createLogger('web');

runProcess('web', logger, async () => {
  const config = loadWebConfig();
  if (!config.gatewayApiKey) ensureDataDir(config.dataDir);
  // Beside the gateway on one DATA_DIR (npm start), the site uses the key the gateway registers.
  const gatewayApiKey = config.gatewayApiKey ?? loadOrCreateSecret(config.dataDir, undefined, SITE_KEY_FILE);
  const running = await startWeb({ ...config, gatewayApiKey, logger, server: loadServerLimits() });
  logger.info({ gateway: config.gatewayUrl }, `the catalogue on the web is ready: open ${running.url}`);
  return running;
});
