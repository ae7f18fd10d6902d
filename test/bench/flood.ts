/**
 * The flood of `npm run bench:abuse`, in its own process: autocannon sends the allowed abuse
 * operations in turn (texts varied per request) to the gateway named on the command line and prints
 * one JSON line with what it achieved. Usage: flood.ts <gateway url> <seconds> <connections> <filter values JSON>.
 */
import autocannon from 'autocannon';
import { allFilters, OPERATIONS } from './abuse-operations.ts';

const [url, seconds, connections, filterValues] = process.argv.slice(2);
const mix = [...OPERATIONS.filter((o) => o.flood), allFilters(JSON.parse(filterValues ?? '{}'))];
let sent = 0;
const result = await autocannon({
  url: url!,
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  connections: Number(connections),
  duration: Number(seconds),
  requests: [
    {
      setupRequest: (request) => {
        const i = sent++;
        return { ...request, body: JSON.stringify(mix[i % mix.length]!.body(i)) };
      },
    },
  ],
});
console.log(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    operations: mix.length,
  }),
);
