/**
 * A pool for tests against a throwaway server. `pool.end()` resolves once its clients are told to end, not once
 * their sockets closed; a server stopped right after may still send them "terminating connection due to
 * administrator command" (57P01), which the pool emits as an error and, without a listener, becomes an unhandled
 * error that fails the run. That one is expected and ignored; any other idle-client error is thrown.
 */
import pg from 'pg';

const ADMIN_SHUTDOWN = '57P01';

export function testPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('error', (error) => {
    if ((error as { code?: string }).code !== ADMIN_SHUTDOWN) throw error;
  });
  return pool;
}
