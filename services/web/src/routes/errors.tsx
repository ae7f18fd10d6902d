/** The 404, 429, 500, 502 and 503 pages, in the reader's language; never a 502 for a refusal that will pass. */
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '@edu-catalogus/kit/runtime';
import type { AppEnv } from '../env.ts';
import { curatorPaths } from '../curation/entities.ts';
import { endSession, SessionRejected } from '../curation/session.ts';
import { GatewayBusyError, GatewayQueryError, GatewayUnavailableError } from '../gateway/client.ts';
import { VisitorTooBusy } from '../lib/visitor.ts';
import { createUi } from '../i18n/i18n.ts';
import { paths } from '../lib/paths.ts';

function render(c: Context<AppEnv>, status: 404 | 429 | 500 | 502 | 503, pick: (t: ReturnType<typeof createUi>['t']) => [string, string]) {
  // An error can come before the language middleware ran; then the page is Dutch.
  const ui = c.var.ui ?? createUi('nl', new URL(c.req.url));
  c.set('ui', ui);
  const [title, message] = pick(ui.t);
  c.status(status);
  return c.render(
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={ui.href(paths.home)}>{ui.t.errors.home}</a>
      </p>
    </>,
    { title },
  );
}

export const notFoundPage = (c: Context<AppEnv>) => render(c, 404, (t) => [t.errors.notFoundTitle, t.errors.notFound]);

export function errorPage(logger: Logger): ErrorHandler<AppEnv> {
  return (err, c) => {
    // Hono's own refusals (a cross-site POST stopped by the CSRF check) keep their status.
    if (err instanceof HTTPException) return err.getResponse();
    if (err instanceof SessionRejected) {
      endSession(c);
      return c.redirect(`${(c.var.ui ?? createUi('nl', new URL(c.req.url))).href(curatorPaths.signIn)}?expired=1`, 303);
    }
    // One visitor over their budget (429), or the site over its gateway budget (503): both pass soon.
    if (err instanceof VisitorTooBusy || err instanceof GatewayBusyError) {
      c.header('Retry-After', String(err.retryAfterSeconds));
      c.header('Cache-Control', 'no-store');
      if (err instanceof VisitorTooBusy) return render(c, 429, (t) => [t.errors.tooManyTitle, t.errors.tooMany]);
      logger.warn({ retryAfter: err.retryAfterSeconds }, 'the gateway refused the site for now');
      return render(c, 503, (t) => [t.errors.busyTitle, t.errors.busy]);
    }
    if (err instanceof GatewayUnavailableError) {
      logger.warn({ err }, 'gateway unavailable');
      return render(c, 503, (t) => [t.errors.unavailableTitle, t.errors.unavailable]);
    }
    logger.error({ err, errors: err instanceof GatewayQueryError ? err.errors : undefined }, 'page failed');
    return render(c, err instanceof GatewayQueryError ? 502 : 500, (t) => [t.errors.failedTitle, t.errors.failed]);
  };
}
