import { isIP } from 'node:net';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets, one per key: `perMinute` tokens refill evenly over a minute and at most
 * `perMinute` are saved up (the burst). 0 turns the limit off. At most `maxKeys` buckets are kept;
 * the least recently used go first (a forgotten bucket is a full one, the lenient side).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  /** Takes a token for `key`; false when there is none left (the request should get 429). */
  take(key: string): boolean {
    if (!this.enabled) return true;
    const bucket = this.refilled(key);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** True when `key` has no token left, without taking one. */
  isEmpty(key: string): boolean {
    if (!this.enabled) return false;
    return (this.buckets.get(key) ? this.refilled(key).tokens : this.perMinute) < 1;
  }

  /** Whole seconds until `key` has a token again. */
  retryAfterSeconds(key: string): number {
    const tokens = this.buckets.get(key) ? this.refilled(key).tokens : this.perMinute;
    return Math.max(1, Math.ceil(((1 - tokens) * 60) / this.perMinute));
  }

  private refilled(key: string): Bucket {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.buckets.delete(key);
      bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000);
      bucket.at = now;
    } else {
      bucket = { tokens: this.perMinute, at: now };
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(key, bucket);
    return bucket;
  }
}

/** An IPv4-mapped IPv6 address as plain IPv4; a port or brackets dropped. */
export function normalizeAddress(raw: string): string {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return address;
}

/**
 * The address a request came from: the socket's peer, or with `trustProxy` the address the proxy
 * in front saw (the last X-Forwarded-For entry; App Service writes `ip:port`).
 */
export function clientAddress(
  req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } },
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const last = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').pop()?.trim();
    if (last && isIP(normalizeAddress(last))) return normalizeAddress(last);
  }
  return normalizeAddress(req.socket.remoteAddress ?? 'unknown');
}

export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}
