/** What every request handler can reach: the reader's language and the gateway client. */
import type { HttpBindings } from '@hono/node-server';
import type { Logger } from '@edu-catalogus/kit/runtime';
import type { GatewayClient } from './gateway/client.ts';
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

/** Who is asking: the client's address (behind trusted proxies) and whether its connection is https (lib/visitor.ts). */
export interface Visitor {
  ip: string;
  /** The browser's connection is https: cookies get Secure. */
  https: boolean;
}

/** A signed-in curator's token and its claims, unverified (curation/session.ts; the gateway verifies). */
export interface CuratorSession {
  token: string;
  sub: string;
  name: string;
  org: string;
  roles: string[];
  /** Seconds since the epoch; undefined when the token does not say. */
  exp: number | undefined;
}

/** Signed-out tokens, remembered until they expire (curation/revocations.ts; shared-revocations.ts on PostgreSQL). */
export interface SessionRevocations {
  /** Refuses the session's token from now on, on every instance sharing the store; settled before the sign-out is answered. */
  revoke(session: CuratorSession): Promise<void>;
  /** Learns whether these tokens were signed out on another instance; awaited before a request's session is checked. */
  lookUp(tokens: string[]): Promise<void>;
  /** Whether the token was signed out (on any instance, as of the request's `lookUp`). */
  isRevoked(token: string): boolean;
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
