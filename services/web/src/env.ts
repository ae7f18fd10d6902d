/** What every request handler can reach: the reader's language and the gateway client. */
import type { HttpBindings } from '@hono/node-server';
import type { Logger } from '@edu-catalogus/kit';
import type { GatewayClient } from './gateway/client.ts';
import type { CuratorSession, SessionRevocations } from './curation/session.ts';
import type { Visitor } from './lib/visitor.ts';
import type { Ui } from './i18n/i18n.ts';

export interface PageMeta {
  title: string;
  description?: string;
  /** schema.org data for the entry the page is about. */
  jsonLd?: Record<string, unknown>;
  /** Progressive-enhancement modules under /assets/. */
  scripts?: string[];
  /** Keep the page out of search engines (curator pages). */
  noindex?: boolean;
  /** Atom feeds of the page besides the site's feed of new and changed entries. */
  feeds?: { title: string; href: string }[];
}

export interface AppEnv {
  /** The node:http request (absent when the app is called without a server). */
  Bindings: Partial<HttpBindings>;
  Variables: {
    ui: Ui;
    gateway: GatewayClient;
    logger: Logger;
    /** Set on curator pages once the session cookie holds a token. */
    curator: CuratorSession;
    /** Sessions signed out on this site: their cookies no longer work. */
    revocations: SessionRevocations;
    visitor: Visitor;
  };
}

declare module 'hono' {
  // biome-ignore lint/style/useShorthandFunctionType: Hono's renderer is typed by augmenting its interface
  interface ContextRenderer {
    (content: string | Promise<string>, meta: PageMeta): Response | Promise<Response>;
  }
}
