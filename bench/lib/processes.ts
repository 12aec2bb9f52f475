import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, type WriteStream } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';

/** The project folder (the one with package.json above this file, in src or in dist). */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above the benchmark');
    dir = up;
  }
  return dir;
})();

export const BOT_ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');
export const ECHO_ENTRY = path.join(ROOT, 'dist', 'bench', 'echo-bot.js');

export function requireBuilt(...files: string[]): void {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(`not built: ${missing.map((f) => path.relative(ROOT, f)).join(', ')} (run npm run build)`);
  }
}

/** A TCP port free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Child {
  process: ChildProcess;
  /** Also write everything the child prints to this file. */
  logTo(file: string): void;
  pid: number;
  /** The last lines the child wrote (stdout and stderr), for error messages. */
  output(): string;
  exited: Promise<number | null>;
}

const started = new Set<ChildProcess>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      process.exit(130);
    });
  }
}

/** Starts a program (`command` with `args`, from the project folder); its output is kept, not printed. */
export function startChild(command: string, args: string[], env: Record<string, string | undefined>): Child {
  installCleanup();
  const child = spawn(command, args, { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  const lines: string[] = [];
  let log: WriteStream | undefined;
  const keep = (chunk: Buffer) => {
    log?.write(chunk);
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      started.delete(child);
      resolve(code);
    }),
  );
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  return {
    process: child,
    pid: child.pid,
    output: () => lines.join('\n'),
    exited,
    logTo: (file) => {
      log = createWriteStream(file, { flags: 'a' });
      log.write(`${lines.join('\n')}\n`);
      void exited.then(() => log?.end());
    },
  };
}

/** Stops a child started here: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopChild(child: Child, graceMs = 3_000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(1_000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** Polls `url` every `everyMs` until it answers 200; the child must not exit meanwhile. */
export async function waitForHttp(url: string, child: Child | undefined, timeoutMs = 30_000, everyMs = 5, ok: (s: number) => boolean = (s) => s === 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child?.exited.then(() => (exited = true));
  for (;;) {
    if (ok(await status(url))) return;
    if (exited) throw new Error(`the process exited before ${url} answered:\n${child?.output()}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${child?.output() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Resident set size of a process in bytes (Linux /proc; `ps` elsewhere). */
export function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux: fall through
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) * 1024;
}

let clockTicks: number | undefined;

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; NaN elsewhere). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") ": utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return Number.NaN;
  }
}

/** The environment for a bot child: this one without bot registration settings, plus `extra`. */
export function botEnv(extra: Record<string, string | undefined>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^Microsoft/i.test(key) || key === 'NODE_OPTIONS' || key.startsWith('npm_')) delete env[key];
  }
  return { ...env, LOG_LEVEL: 'info', ...extra };
}

export interface RunningBot {
  url: string;
  child: Child;
  /** Milliseconds from spawn to the first 200 on /healthz. */
  startupMs: number;
  stop(): Promise<void>;
}

/** Starts a bot script (the project's or the echo bot) on a free loopback port and waits until healthy. */
export async function startBotProcess(
  entry: string,
  env: Record<string, string | undefined> = {},
  nodeArgs: string[] = [],
): Promise<RunningBot> {
  const port = await freePort();
  const begin = process.hrtime.bigint();
  const child = startChild(process.execPath, [...nodeArgs, entry], botEnv({ PORT: String(port), ...env }));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/healthz`, child);
  const startupMs = Number(process.hrtime.bigint() - begin) / 1e6;
  return { url, child, startupMs, stop: () => stopChild(child) };
}

export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  connectionString: string;
  child: Child;
  stop(): Promise<void>;
}

/** Azurite's blob service from node_modules, in memory, on a free loopback port. */
export async function startAzurite(): Promise<RunningAzurite> {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'azurite-blob');
  requireBuilt(bin);
  const port = await freePort();
  const child = startChild(
    bin,
    [
      '--blobHost', '127.0.0.1',
      '--blobPort', String(port),
      '--skipApiVersionCheck',
      '--loose',
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--silent',
    ],
    { ...process.env, NODE_OPTIONS: undefined },
  );
  // Any HTTP answer (an anonymous request is refused) means the service is up.
  await waitForHttp(`http://127.0.0.1:${port}/devstoreaccount1?comp=list`, child, 30_000, 50, (s) => s > 0);
  const connectionString =
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    `AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  return { connectionString, child, stop: () => stopChild(child) };
}
