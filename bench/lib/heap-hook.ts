/**
 * Preloaded into a bot process by the memory benchmark (`node -r dist/bench/lib/heap-hook.js`):
 * on SIGUSR2 it runs a full garbage collection and prints one line, `bench-heap {...}`, with the
 * memory figures before and after it. Tells live data apart from garbage V8 has not collected yet.
 */
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  session.post('HeapProfiler.collectGarbage', () => {
    const after = process.memoryUsage();
    const figures = {
      rssBefore: before.rss,
      heapUsedBefore: before.heapUsed,
      heapTotalBefore: before.heapTotal,
      rss: after.rss,
      heapUsed: after.heapUsed,
      heapTotal: after.heapTotal,
      external: after.external,
    };
    process.stdout.write(`bench-heap ${JSON.stringify(figures)}\n`);
  });
});
