/**
 * Preloaded into a bot process by the profiling benchmark (`node -r dist/bench/lib/profile-hook.js`):
 * SIGUSR2 starts the V8 CPU profiler, the next SIGUSR2 stops it and writes the profile to the file
 * named by BENCH_CPU_PROFILE. Only the steady state under load is profiled, not start-up or warm-up.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const target = process.env.BENCH_CPU_PROFILE;
if (target) {
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () =>
        session.post('Profiler.setSamplingInterval', { interval: 500 }, () =>
          session.post('Profiler.start', () => process.stdout.write('cpu profile started\n')),
        ),
      );
      return;
    }
    session.post('Profiler.stop', (error, result) => {
      running = false;
      try {
        if (error) throw error;
        writeFileSync(target, JSON.stringify(result.profile));
        process.stdout.write('cpu profile written\n');
      } catch (failure) {
        process.stdout.write(`cpu profile failed: ${(failure as Error).message}\n`);
      }
    });
  });
}
