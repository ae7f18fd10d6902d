/**
 * Preloaded (`--import`) into a service process by the listener test: remembers every AbortSignal that
 * got an abort listener and, on SIGUSR2, writes one JSON line to stderr with how many abort listeners
 * the signals still alive hold: in total, the most on one signal, and on the signals that were already
 * known at the previous report (`onMarked`), so a test can watch those return to their count then.
 */
import { getEventListeners } from 'node:events';

const signals = new Set();
const seen = new WeakSet();
let marked = new WeakSet();
const add = AbortSignal.prototype.addEventListener ?? EventTarget.prototype.addEventListener;
AbortSignal.prototype.addEventListener = function addEventListener(type, ...rest) {
  if (type === 'abort' && !seen.has(this)) {
    seen.add(this);
    signals.add(new WeakRef(this));
  }
  return add.call(this, type, ...rest);
};

process.on('SIGUSR2', () => {
  let total = 0;
  let most = 0;
  let onMarked = 0;
  const now = new WeakSet();
  for (const ref of signals) {
    const signal = ref.deref();
    if (!signal) {
      signals.delete(ref);
      continue;
    }
    const count = getEventListeners(signal, 'abort').length;
    total += count;
    most = Math.max(most, count);
    if (marked.has(signal)) onMarked += count;
    now.add(signal);
  }
  marked = now;
  process.stderr.write(`${JSON.stringify({ abortListeners: { total, most, onMarked } })}\n`);
});
