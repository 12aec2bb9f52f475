import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError, DEFAULT_CONTENT_DIR, loadContent, type Content } from '../../src/content/load';
import { REQUIRED_FAQ_IDS } from '../../src/content/crossReferences';
import { CAUSE_IDS, STEP_IDS } from '../../src/content/schemas/ids';

/** Every string anywhere in a value, with a readable path to it. */
function allStrings(value: unknown, where = ''): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${where}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, where ? `${where}.${k}` : k));
  }
  return [];
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;:])\s+/);
}

let content: Content;

beforeAll(() => {
  content = loadContent();
});

describe('content/ as the bot will use it', () => {
  it('loads and validates', () => {
    expect(content.flow.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(content.faq.length).toBeGreaterThanOrEqual(5);
  });

  it('addresses every cause with at least one step and at least one fix', () => {
    for (const cause of CAUSE_IDS) {
      expect({ cause, step: content.flow.steps.some((s) => s.causes.includes(cause)) }).toEqual({ cause, step: true });
      expect({ cause, fix: content.flow.fixes.some((f) => f.causes.includes(cause)) }).toEqual({ cause, fix: true });
    }
  });

  it('keeps the likelihoods and step efforts the diagnosis relies on', () => {
    const likelihood = Object.fromEntries(content.flow.causes.map((c) => [c.id, c.likelihood]));
    expect(likelihood).toEqual({ power: 'high', network: 'medium', firmware: 'medium', hardware: 'low' });
    const effort = Object.fromEntries(content.flow.steps.map((s) => [s.id, s.effort]));
    expect(effort).toEqual({
      'power-cycle': 1,
      'reseat-cables': 1,
      'factory-reset': 4,
      'update-firmware': 3,
      'refresh-network': 2,
      'check-hardware': 2,
      'contact-support': 5,
      'plan-redundancy': 5,
    });
  });

  it('fits step titles in 40 characters and button labels in 20', () => {
    for (const step of content.flow.steps) expect({ id: step.id, fits: step.title.length <= 40 }).toEqual({ id: step.id, fits: true });
    const buttons = [...content.flow.patterns, ...content.flow.events, ...content.flow.devices];
    for (const b of buttons) expect({ id: b.id, button: b.button, fits: b.button.length <= 20 }).toEqual({ id: b.id, button: b.button, fits: true });
  });

  it('never claims that a slow blink means a pending update', () => {
    const offending = [...allStrings(content.flow, 'flow'), ...allStrings(content.faq, 'faq')].flatMap(({ where, text }) =>
      sentences(text)
        .filter((s) => /pending update/i.test(s) || (/\bslow/i.test(s) && /\b(update|upgrade)/i.test(s)))
        .map((s) => `${where}: ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('says "Tapo app", uses no emojis and no machine paths', () => {
    // What the bot says; paraphrases are how users type, so they may be as casual as they like.
    const strings = [
      ...allStrings(content.flow, 'flow'),
      ...content.faq.flatMap((f) => allStrings({ question: f.question, answer: f.answer }, `faq ${f.id}`)),
    ];
    expect(strings.filter(({ text }) => /\bTAPO\b/.test(text) || (/tapo app/i.test(text) && !/Tapo app/.test(text)))).toEqual([]);
    expect(strings.filter(({ text }) => /\p{Extended_Pictographic}/u.test(text))).toEqual([]);
    expect(strings.filter(({ text }) => /\/work\/|[A-Z]:\\/.test(text))).toEqual([]);
  });

  it('explains that a factory reset erases settings and the device must be added again', () => {
    const reset = content.flow.steps.find((s) => s.id === 'factory-reset')!;
    expect(reset.instruction).toMatch(/\berase[sd]?\b|\bwipes?\b/i);
    expect(reset.instruction).toMatch(/add it again in the Tapo app/i);
    expect(reset.instruction).toMatch(/fully started|booted/i);
    expect(reset.instruction).toMatch(/about 5 seconds/);
    expect(reset.instruction).toMatch(/blink(s|ing)? red/);
  });

  it('restarts the router before the camera when the network is refreshed or the power was cut', () => {
    const refresh = content.flow.steps.find((s) => s.id === 'refresh-network')!;
    const text = refresh.instruction;
    expect(text.search(/router/i)).toBeLessThan(text.search(/restart the device/i));
    expect(text).toMatch(/2\.4 GHz/);
    expect(text).toMatch(/WPA2/);
    expect(text).toMatch(/DHCP reservation/);
    const outage = content.flow.events.find((e) => e.id === 'power-outage')!;
    // The power restart opens the plan; it starts with the router, as the note said before it does.
    expect(outage.firstSteps).toEqual(['power-cycle', 'refresh-network']);
    expect(outage.note!.search(/router/i)).toBeLessThan(outage.note!.search(/restarting your Tapo device|camera/i));
    expect(content.flow.events.find((e) => e.id === 'network-change')!.firstSteps).toEqual(['refresh-network', 'factory-reset']);
    expect(content.flow.events.find((e) => e.id === 'firmware-update')!.note).toMatch(/never unplug/i);
  });

  it('warns never to unplug during a firmware update', () => {
    const update = content.flow.steps.find((s) => s.id === 'update-firmware')!;
    expect(update.safety).toMatch(/never unplug/i);
  });

  it('presents solid red at start-up as normal and rapid red as also seen after a reset', () => {
    const pattern = (id: string) => content.flow.patterns.find((p) => p.id === id)!;
    expect(pattern('solid').meaning).toMatch(/normal/i);
    expect(pattern('rapid').meaning).toMatch(/reset button/i);
    expect(pattern('alternating').meaning).toMatch(/set up/i);
  });

  it('does not recommend resetting devices as routine maintenance', () => {
    for (const tip of content.flow.prevention) expect(tip).not.toMatch(/\breset/i);
  });

  it('recognises the obvious danger words', () => {
    const triggers = content.flow.safety.triggers.map((t) => t.toLowerCase());
    for (const word of ['smoke', 'burning smell', 'sparks', 'melted', 'swollen', 'water inside', 'exposed wires', 'overheating']) {
      expect(triggers).toContain(word);
    }
    expect(content.flow.safety.message).toMatch(/unplug/i);
    expect(content.flow.safety.message).toMatch(/don't open/i);
    // Support comes in the message after it, which says what happens next.
    expect(content.messages.escalationReasons.safety).toMatch(/support/i);
  });

  it('has every required quick answer, and each is short and well paraphrased', () => {
    const ids = content.faq.map((f) => f.id);
    for (const id of [...REQUIRED_FAQ_IDS, 'solid-red-meaning', 'red-green-alternating', 'no-light', 'wifi-band', 'how-to-reset', 'serial-number']) {
      expect(ids).toContain(id);
    }
    for (const entry of content.faq) {
      expect({ id: entry.id, short: entry.answer.length <= 700 }).toEqual({ id: entry.id, short: true });
      expect({ id: entry.id, enough: entry.paraphrases.length >= 6 }).toEqual({ id: entry.id, enough: true });
    }
  });

  it('lists each phrase of the understanding once per list', () => {
    const repeated: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) {
        const seen = new Set<unknown>();
        value.forEach((v, i) => {
          if (typeof v === 'string' && seen.has(v)) repeated.push(`${where}[${i}]: ${v}`);
          seen.add(v);
          walk(v, `${where}[${i}]`);
        });
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    };
    walk(content.nlu, 'nlu');
    expect(repeated).toEqual([]);
  });

  it('tells users that no light does not prove there is no power', () => {
    const noLight = content.faq.find((f) => f.id === 'no-light')!;
    expect(noLight.answer).toMatch(/switched off in the Tapo app/);
  });
});

describe('broken content', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'content-'));
    cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function loadError(): ContentError {
    try {
      loadContent(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return error as ContentError;
    }
    throw new Error('loadContent accepted broken content');
  }

  it('loads the untouched copy', () => {
    expect(() => loadContent(dir)).not.toThrow();
  });

  it('names the file and the path of a broken field', () => {
    const file = path.join(dir, 'flow.json');
    const flow = JSON.parse(readFileSync(file, 'utf8'));
    flow.steps[2].title = '   ';
    writeFileSync(file, JSON.stringify(flow));
    const error = loadError();
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(error.message).toContain('steps[2].title');
  });

  it('names a quick-answer file that is not JSON', () => {
    const file = path.join(dir, 'faq.json');
    writeFileSync(file, '[ { "id": "red-light-meaning", ');
    const error = loadError();
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/not JSON/);
  });

  /** The fields of nlu.json that name quick answers. */
  type NluReferences = { eventAnswers: Record<string, string>; patternAnswers: Record<string, string>; otherLights: { entries: string[] }; faqNarrowing: { to: string }[] };
  it.each([
    ['an event', (nlu: NluReferences) => (nlu.eventAnswers['power-outage'] = 'after-the-storm'), 'eventAnswers.power-outage', 'after-the-storm'],
    ['a pattern', (nlu: NluReferences) => (nlu.patternAnswers.solid = 'steady-red'), 'patternAnswers.solid', 'steady-red'],
    ["another thing's light", (nlu: NluReferences) => (nlu.otherLights.entries[0] = 'alarm-light'), 'otherLights.entries', 'alarm-light'],
    ['a narrowing', (nlu: NluReferences) => (nlu.faqNarrowing[0].to = 'is-it-safe'), 'faqNarrowing[0]', 'is-it-safe'],
  ])('names a reference from %s to a quick answer that does not exist', (_, breakIt, field, id) => {
    const file = path.join(dir, 'nlu.json');
    const nlu = JSON.parse(readFileSync(file, 'utf8'));
    breakIt(nlu as NluReferences);
    writeFileSync(file, JSON.stringify(nlu));
    const error = loadError();
    expect(error.file).toBe(file);
    expect(error.message).toContain(field);
    expect(error.message).toContain(id);
  });

  it('names a synonym written as a word\'s beginning too short to be safe', () => {
    const file = path.join(dir, 'nlu.json');
    const nlu = JSON.parse(readFileSync(file, 'utf8'));
    nlu.synonyms.hot = [...nlu.synonyms.hot, 'ku*'];
    writeFileSync(file, JSON.stringify(nlu));
    const error = loadError();
    expect(error.file).toBe(file);
    expect(error.message).toContain('synonyms.hot');
    expect(error.message).toContain('"*"');
  });

  it('names a missing required quick answer', () => {
    const file = path.join(dir, 'faq.json');
    const faq = JSON.parse(readFileSync(file, 'utf8')) as { id: string }[];
    writeFileSync(file, JSON.stringify(faq.filter((f) => f.id !== 'contact-support')));
    const error = loadError();
    expect(error.file).toBe(file);
    expect(error.message).toContain('contact-support');
  });
});
