/** Process entry of the gateway: config -> gateway -> listen; exits on SIGTERM (the runtime does not). */
import { createLogger, ensureDataDir, runProcess } from '@edu-catalogus/kit/runtime';
import { loadGatewayConfig } from './config.ts';
import { startConfiguredGateway } from './server.ts';

const logger = createLogger('gateway');

runProcess('gateway', logger, async () => {
  const config = loadGatewayConfig();
  ensureDataDir(config.dataDir);
  const running = await startConfiguredGateway(config, { logger });
  logger.info(
    { subgraphs: config.subgraphUrls, issuer: config.auth.issuer ?? 'local development keys (npm run token)' },
    `edu-catalogus is ready: open ${running.url} (GraphiQL in a browser)`,
  );
  return running;
});
