import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** The chat page's own files, beside src/ (and beside dist/ once compiled). */
export const WEB_DIR = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), 'web');

/**
 * The Web Chat bundle shipped in the botframework-webchat package. Its `exports` map refuses
 * `require.resolve` of the file, so it is found from the package's entry point.
 */
export function webChatBundlePath(): string | undefined {
  let dir: string;
  try {
    dir = path.dirname(require.resolve('botframework-webchat'));
  } catch {
    return undefined;
  }
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'dist', 'webchat.js');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
  /** Cache-Control: files that change with a release are revalidated, the vendor bundle is kept. */
  cache: string;
  gzipped?: Promise<Buffer>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A file read once and kept; `undefined` when it does not exist. */
export function loadAsset(file: string, cache = 'no-cache'): Asset | undefined {
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    return undefined;
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, type: TYPES[path.extname(file)] ?? 'application/octet-stream', etag, cache };
}

/** The asset compressed once, on first demand. */
export function gzipped(asset: Asset): Promise<Buffer> {
  asset.gzipped ??= gzipAsync(asset.body, { level: 6 });
  return asset.gzipped;
}
