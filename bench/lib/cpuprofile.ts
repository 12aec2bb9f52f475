/**
 * Reads a V8 .cpuprofile (from `node --cpu-prof`) and says where the time went: by area of the
 * code (each sample goes to the innermost frame on its stack that belongs to a known area), and the
 * functions with the most self time.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Area {
  name: string;
  /** Does this frame belong to the area? */
  test(frame: CallFrame): boolean;
  /**
   * Generic areas (any npm package, any Node internal) are used only when no specific area matches
   * anywhere on the stack: a stream write done for restify counts as restify.
   */
  generic?: boolean;
  /** Time not spent by the program under test (the profiler's own work); left out of "busy". */
  excluded?: boolean;
  /**
   * Plumbing used on behalf of others (the HTTP client pipeline, socket writes): the sample goes to
   * the first non-plumbing area further out on the stack, if any (storage's HTTP calls count as state).
   */
  plumbing?: boolean;
}

const inPackage = (...names: string[]) => (frame: CallFrame) =>
  names.some((n) => frame.url.includes(`/node_modules/${n}/`));
const inProject = (...folders: string[]) => (frame: CallFrame) =>
  !frame.url.includes('/node_modules/') && folders.some((f) => frame.url.includes(`/dist/${f}/`));
const named = (...names: string[]) => (frame: CallFrame) => names.includes(frame.functionName);
const SOCKET_WRITES = ['writev', 'writeLatin1String', 'writeUtf8String', 'writeBuffer', 'writeAsciiString', 'writeUcs2String'];

/**
 * Areas of a bot turn. A sample goes to the innermost frame on its stack that belongs to a specific
 * area (so JSON.stringify called by BotState counts as state), else to a generic one.
 */
export const BOT_AREAS: Area[] = [
  { name: 'profiler itself (left out)', excluded: true, test: (f) => f.url === 'node:inspector' || f.url.includes('/bench/lib/profile-hook') },
  { name: 'socket writes (loopback TCP syscalls)', plumbing: true, test: (f) => f.url === '' && SOCKET_WRITES.includes(f.functionName) },
  { name: 'async hooks (AsyncLocalStorage, promise hooks)', test: (f) => f.url === 'node:internal/async_hooks' || f.url === 'node:async_hooks' },
  { name: 'understanding (src/nlp, natural, fuse.js, recognizers)', test: (f) => inProject('src/nlp')(f) || inPackage('natural', 'fuse.js', '@microsoft')(f) },
  { name: 'logging (pino)', test: inPackage('pino', 'sonic-boom', 'thread-stream', 'fast-redact', '@pinojs', 'pino-std-serializers') },
  {
    name: 'state: change hash, storage, (de)serialisation',
    test: (f) =>
      inPackage('botbuilder-azure-blobs', '@azure/storage-blob', '@azure/storage-common')(f) ||
      /\/dist\/src\/(storage|state)\.js$/.test(f.url) ||
      /\/botbuilder-core\/lib\/(memoryStorage|botState|conversationState|userState|botStatePropertyAccessor|storage)\.js/.test(f.url),
  },
  { name: 'outgoing replies (connector client)', test: (f) => inPackage('botframework-connector')(f) && !f.url.includes('/lib/auth/') },
  {
    name: 'outgoing HTTP pipeline (Azure core, http client)',
    plumbing: true,
    test: (f) => inPackage('@azure', '@typespec', 'node-fetch', 'cross-fetch', 'axios')(f) || f.url === 'node:_http_client' || f.url === 'node:_http_agent',
  },
  { name: 'authentication (botframework-connector auth)', test: (f) => inPackage('botframework-connector')(f) && f.url.includes('/lib/auth/') },
  { name: 'zod (CloudAdapter request schema)', test: inPackage('zod') },
  {
    name: 'dialogs (dialogs/, botbuilder-dialogs)',
    test: (f) => inProject('dialogs')(f) || inPackage('botbuilder-dialogs', 'botbuilder-dialogs-adaptive-runtime-core')(f),
  },
  { name: 'content, channels, diagnosis (src/)', test: inProject('src/channels', 'src/content', 'src/diagnosis', 'src/support') },
  {
    name: 'bot + adapter (src/bot, botbuilder, CloudAdapter)',
    test: (f) => inProject('src', 'bench')(f) || inPackage('botbuilder', 'botbuilder-core', 'botframework-schema')(f),
  },
  {
    name: 'incoming HTTP (restify, http server)',
    test: (f) =>
      inPackage('restify', 'find-my-way', 'send', 'formidable', 'qs', 'negotiator', 'csv', 'restify-errors', 'assert-plus', 'http-signature', 'mime')(f) ||
      ['node:_http_server', 'node:_http_incoming', 'node:_http_common'].includes(f.url),
  },
  { name: 'other npm packages', generic: true, test: (f) => f.url.includes('/node_modules/') },
  { name: 'node internals (streams, timers, promises)', generic: true, test: (f) => f.url.startsWith('node:') },
  { name: 'garbage collection', test: named('(garbage collector)') },
  { name: 'idle', excluded: true, test: named('(idle)') },
  { name: 'V8/native, unattributed', generic: true, test: named('(program)', '(root)', 'runMicrotasks') },
];

export interface ProfileSummary {
  totalMs: number;
  /** Profiled time minus idle time and the profiler's own work. */
  busyMs: number;
  areas: { name: string; ms: number; share: number }[];
  topSelf: { name: string; where: string; ms: number; share: number }[];
  /** Busy time spent under frames with these names (inclusive, each sample counted once). */
  inclusive: { name: string; ms: number; share: number }[];
}

function frameLabel(frame: CallFrame): { name: string; where: string } {
  const name = frame.functionName || '(anonymous)';
  const url = frame.url.replace(/^file:\/\//, '');
  const at = url.lastIndexOf('/node_modules/');
  const short = at >= 0 ? url.slice(at + '/node_modules/'.length) : url.replace(/^.*\/dist\//, '');
  return { name, where: short ? `${short}:${frame.lineNumber + 1}` : '' };
}

/** Where the profile's time went; `watch` names functions to measure inclusively (stack contains). */
export function summarize(profile: CpuProfile, areas: Area[] = BOT_AREAS, watch: Record<string, (f: CallFrame) => boolean> = {}): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const areaOf = new Map<number, string>();
  const watchedOf = new Map<number, string[]>();
  const specific = areas.filter((a) => !a.generic);
  const generic = areas.filter((a) => a.generic);
  const excluded = new Set(areas.filter((a) => a.excluded).map((a) => a.name));
  const resolve = (id: number) => {
    if (areaOf.has(id)) return;
    const watched = new Set<string>();
    let area: string | undefined;
    let plumbing: string | undefined;
    let fallback: string | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (area === undefined) {
        const found = specific.find((a) => a.test(frame));
        if (found?.plumbing) plumbing ??= found.name;
        else if (found) area = found.name;
      }
      fallback ??= generic.find((a) => a.test(frame))?.name;
      for (const [name, test] of Object.entries(watch)) if (test(frame)) watched.add(name);
    }
    areaOf.set(id, area ?? plumbing ?? fallback ?? 'unattributed');
    watchedOf.set(id, [...watched]);
  };

  const areaMs = new Map<string, number>();
  const selfMs = new Map<number, number>();
  const watchedMs = new Map<string, number>();
  let totalMs = 0;
  let leftOutMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    resolve(id);
    const area = areaOf.get(id)!;
    areaMs.set(area, (areaMs.get(area) ?? 0) + ms);
    if (excluded.has(area)) {
      leftOutMs += ms;
      continue;
    }
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
    for (const name of watchedOf.get(id)!) watchedMs.set(name, (watchedMs.get(name) ?? 0) + ms);
  }
  const busyMs = totalMs - leftOutMs;
  const share = (ms: number) => Math.round((ms / busyMs) * 1000) / 10;

  // Self time per function (nodes of the same function at different stacks added together).
  const perFunction = new Map<string, { name: string; where: string; ms: number }>();
  for (const [id, ms] of selfMs) {
    const label = frameLabel(byId.get(id)!.callFrame);
    const key = `${label.name}@${label.where}`;
    const entry = perFunction.get(key) ?? { ...label, ms: 0 };
    entry.ms += ms;
    perFunction.set(key, entry);
  }
  return {
    totalMs,
    busyMs,
    areas: [...areaMs]
      .filter(([name]) => !excluded.has(name))
      .map(([name, ms]) => ({ name, ms, share: share(ms) }))
      .sort((a, b) => b.ms - a.ms),
    topSelf: [...perFunction.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 25)
      .map((f) => ({ ...f, share: share(f.ms) })),
    inclusive: [...watchedMs].map(([name, ms]) => ({ name, ms, share: share(ms) })).sort((a, b) => b.ms - a.ms),
  };
}
