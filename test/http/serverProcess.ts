import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'src', 'index.ts');
const TRANSPILE = path.join(__dirname, 'transpile.js');
/** An empty working directory, so that a developer's own .env never reaches the server under test. */
const CWD = mkdtempSync(path.join(os.tmpdir(), 'bot-cwd-'));

/** This environment without anything that configures the bot, plus `settings`. */
function environment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR };
  return { ...env, LOG_LEVEL: 'info', ...settings };
}

function spawnServer(settings: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--no-deprecation', '-r', TRANSPILE, ENTRY], {
    cwd: CWD,
    env: environment(settings),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything written to stdout (pino JSON lines) so far. */
  logs(): string;
  /** Kills the process with `signal` and resolves once it has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The real server as its own process (`src/index.ts`, the composition root), on a free port.
 * Resolves once it logs that it listens.
 */
export async function startServerProcess(settings: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawnServer({ PORT: '0', ...settings });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not listen within ${timeoutMs} ms:\n${stdout}\n${stderr}`)), timeoutMs);
    const check = () => {
      const match = /"url":"(http:\/\/[^"]+)"[^\n]*"msg":"bot listening"/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${stdout}\n${stderr}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid!,
    logs: () => stdout,
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the server with `settings` and waits for it to exit (for settings that must stop it). */
export function runServerUntilExit(settings: Record<string, string>, timeoutMs = 30_000): Promise<Exit> {
  const child = spawnServer({ PORT: '0', ...settings });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server still running after ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
