/**
 * Trained weights on disk, so a process can start without training: the analyzer's engines are
 * written once (`nlu train`, run after every build) and read at start-up in a few milliseconds.
 * A file is used only when its key matches: the key covers the analyzer's inputs (content) and the
 * source of this folder's modules, so changed content or changed code means the file is stale and
 * the analyzer trains afresh (and rewrites it when it can).
 *
 * Layout: "TAPONLU1", a little-endian uint32 header length, the header (JSON: key, engines with
 * their labels, feature options and keys), zero padding to a multiple of 8, then each engine's
 * float64 arrays in header order (weights and bias per member, idf when present).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineSnapshot } from './engine';

const MAGIC = 'TAPONLU1';

interface EngineHeader {
  name: string;
  labels: string[];
  multiLabel: boolean;
  features: EngineSnapshot['features'];
  keys: string[];
  members: number;
  idf: boolean;
}

let codeHash: string | undefined;

/** A hash of this folder's module sources (the compiled .js files, or the .ts files under ts-jest). */
function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  const ext = path.extname(__filename);
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith(ext)).sort()) {
    h.update(f);
    h.update(readFileSync(path.join(__dirname, f)));
  }
  codeHash = h.digest('hex');
  return codeHash;
}

/** The key of a set of analyzer inputs: what the weights were trained from, and by which code. */
export function weightsKey(inputs: unknown): string {
  return createHash('sha256').update(codeFingerprint()).update(JSON.stringify(inputs)).digest('hex');
}

export function encodeWeights(key: string, engines: Record<string, EngineSnapshot>): Buffer {
  const headers: EngineHeader[] = [];
  const arrays: Float64Array[] = [];
  for (const [name, e] of Object.entries(engines)) {
    headers.push({ name, labels: e.labels, multiLabel: e.multiLabel, features: e.features, keys: e.keys, members: e.weights.length, idf: e.idf !== null });
    e.weights.forEach((w, m) => arrays.push(w, e.bias[m]));
    if (e.idf) arrays.push(e.idf);
  }
  const header = Buffer.from(JSON.stringify({ key, engines: headers }), 'utf8');
  const start = Math.ceil((MAGIC.length + 4 + header.length) / 8) * 8;
  const size = start + arrays.reduce((a, x) => a + x.byteLength, 0);
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  let at = start;
  for (const x of arrays) {
    Buffer.from(x.buffer, x.byteOffset, x.byteLength).copy(out, at);
    at += x.byteLength;
  }
  return out;
}

/** The engines stored in `data` when its key is `key`; undefined for another key or a damaged file. */
export function decodeWeights(data: Buffer, key: string): Record<string, EngineSnapshot> | undefined {
  if (data.length < MAGIC.length + 4 || data.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const headerLength = data.readUInt32LE(MAGIC.length);
  if (MAGIC.length + 4 + headerLength > data.length) return undefined;
  const header = JSON.parse(data.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as { key: string; engines: EngineHeader[] };
  if (header.key !== key) return undefined;
  let at = Math.ceil((MAGIC.length + 4 + headerLength) / 8) * 8;
  const take = (n: number): Float64Array => {
    if (at + n * 8 > data.length) throw new Error('weights file is truncated');
    // A copy: the file's bytes need not sit on an 8-byte boundary.
    const x = new Float64Array(data.buffer.slice(data.byteOffset + at, data.byteOffset + at + n * 8));
    at += n * 8;
    return x;
  };
  const engines: Record<string, EngineSnapshot> = {};
  for (const h of header.engines) {
    const L = h.labels.length;
    const weights: Float64Array[] = [];
    const bias: Float64Array[] = [];
    for (let m = 0; m < h.members; m++) {
      weights.push(take(h.keys.length * L));
      bias.push(take(L));
    }
    engines[h.name] = { labels: h.labels, multiLabel: h.multiLabel, features: h.features, keys: h.keys, weights, bias, idf: h.idf ? take(h.keys.length) : null };
  }
  return at === data.length ? engines : undefined;
}

/** Reads `file`: its engines when the key matches, otherwise (missing, stale or damaged) undefined. */
export function readWeights(file: string, key: string): Record<string, EngineSnapshot> | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    return decodeWeights(data, key);
  } catch {
    return undefined;
  }
}

/** Writes `file` whole or not at all (a temporary file renamed into place); returns its size. */
export function writeWeights(file: string, key: string, engines: Record<string, EngineSnapshot>): number {
  const tmp = `${file}.${process.pid}.tmp`;
  const data = encodeWeights(key, engines);
  writeFileSync(tmp, data);
  renameSync(tmp, file);
  return data.length;
}
