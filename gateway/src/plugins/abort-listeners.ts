/**
 * Abort listeners of subgraph calls: none left on long-lived signals, each released when its call ends.
 *
 * `@graphql-tools/executor-http` (3.4.1, the newest) combines every subgraph call's signal with its
 * executor's dispose signal, which lives as long as the gateway, through `@graphql-hive/signal`'s
 * abortSignalAny. That added a listener to the dispose signal per call, removed only when the combined
 * signal aborted or was garbage-collected: under load thousands waited for a full GC (memory held, and a
 * MaxListenersExceededWarning per subgraph once more than ten calls were in flight). Two changes:
 * - each call gets a native signal of its own that follows the request's and is aborted once the call
 *   has its answer (parsed by then), so whatever the call hung on it is released at once;
 * - requests carry `cf`, the executor's switch (meant for Cloudflare Workers, which forbid I/O objects
 *   shared between requests) to leave the dispose signal out. The gateway's shutdown drains requests
 *   before it disposes, so that signal had nothing to abort. `cf` alone, handing the executor the
 *   request's own (whatwg-node) signal, made requests hang until the deadline; with a signal per call
 *   they do not (test/test/abort-listeners.test.ts, 200 concurrent requests).
 *
 * A request planned into more than a few subgraph calls also passes Node's default of ten listeners on
 * its own signal; that count is bounded by the plan (which the cost and depth limits bound), so the limit
 * on those per-request signals is raised. This must run after useRequestDeadline, which replaces the
 * request's signal with one that also fires at the deadline.
 */
import { setMaxListeners } from 'node:events';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { isAsyncIterable } from '@graphql-tools/utils';

/** The value of `cf` on our requests: only its presence matters to the executor. */
const NO_SHARED_SIGNAL = Object.freeze({});
export const MAX_SIGNAL_LISTENERS_PER_REQUEST = 1000;

const raise = (signal: unknown) => {
  if (signal && typeof (signal as EventTarget).addEventListener === 'function') setMaxListeners(MAX_SIGNAL_LISTENERS_PER_REQUEST, signal as EventTarget);
};

type SubgraphCall = { signal?: AbortSignal; info?: { signal?: AbortSignal } };
type Executor = (request: SubgraphCall) => unknown;

/** Runs one subgraph call with a signal of its own that follows `parent` and is aborted when the call ends. */
function callWithOwnSignal(executor: Executor, request: SubgraphCall) {
  const parent = request.signal ?? request.info?.signal;
  // An aborted request is the executor's to answer (it returns the abort as a result at once).
  if (parent?.aborted) return executor(request);
  const own = new AbortController();
  const follow = () => own.abort(parent?.reason);
  parent?.addEventListener('abort', follow, { once: true });
  const release = () => {
    parent?.removeEventListener('abort', follow);
    own.abort(new DOMException('The subgraph call has ended.', 'AbortError'));
  };
  const settle = (result: unknown) => {
    // A stream (none in this graph today) is still being read: leave its listeners to the collector.
    if (!isAsyncIterable(result)) release();
    return result;
  };
  try {
    const result = executor({ ...request, signal: own.signal });
    if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function')
      return Promise.resolve(result).then(settle, (error: unknown) => {
        release();
        throw error;
      });
    return settle(result);
  } catch (error) {
    release();
    throw error;
  }
}

export function useRequestSignalListeners(): GatewayPlugin {
  return {
    onRequest({ request }) {
      raise(request.signal);
      if (!('cf' in request)) Object.defineProperty(request, 'cf', { value: NO_SHARED_SIGNAL });
    },
    onExecute({ args }) {
      raise((args as { signal?: unknown }).signal);
      raise((args.contextValue as { request?: Request }).request?.signal);
    },
    onSubgraphExecute({ executionRequest, executor, setExecutor }) {
      const call = executionRequest as SubgraphCall;
      raise(call.signal);
      raise(call.info?.signal);
      setExecutor(((request: SubgraphCall) => callWithOwnSignal(executor as Executor, request)) as typeof executor);
    },
  };
}
