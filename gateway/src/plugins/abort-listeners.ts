/**
 * Hive Gateway ties every subgraph call of a request to the request's abort signal (abortSignalAny
 * adds listeners per call, released when the call's signal is collected). A request planned into more
 * than a few subgraph calls passes Node's default of ten listeners and prints MaxListenersExceededWarning
 * for each such request, though nothing leaks: the count is bounded by the query plan, which the cost
 * and depth limits bound. This raises the limit on that per-request signal only. It must run after
 * useRequestDeadline, which replaces the request's signal with one that also fires at the deadline.
 */
import { setMaxListeners } from 'node:events';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

export const MAX_SIGNAL_LISTENERS_PER_REQUEST = 1000;

const raise = (signal: unknown) => {
  if (signal && typeof (signal as EventTarget).addEventListener === 'function') setMaxListeners(MAX_SIGNAL_LISTENERS_PER_REQUEST, signal as EventTarget);
};

export function useRequestSignalListeners(): GatewayPlugin {
  return {
    onRequest({ request }) {
      raise(request.signal);
    },
    onExecute({ args }) {
      raise((args as { signal?: unknown }).signal);
      raise((args.contextValue as { request?: Request }).request?.signal);
    },
    onSubgraphExecute({ executionRequest }) {
      const call = executionRequest as { signal?: unknown; info?: { signal?: unknown } };
      raise(call.signal);
      raise(call.info?.signal);
    },
  };
}
