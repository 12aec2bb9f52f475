import { loadContent, type Content } from '../../src/content/load';
import { flowSchema, type Pattern, type Step } from '../../src/content/schemas/flow';
import { DEVICE_KINDS, type DeviceKind } from '../../src/content/schemas/ids';
import { newCase } from '../../src/diagnosis/case';
import { planSteps } from '../../src/diagnosis/plan';

/**
 * Words that hold for the device the user has: pattern meanings, event notes, prevention tips and
 * step texts as each kind of device reads them; the quick checks; and the three messages of a
 * safety stop, each with its own job.
 */
let content: Content;

beforeAll(() => {
  content = loadContent();
});

const NOT_CAMERAS = DEVICE_KINDS.filter((k) => k !== 'camera');

/** The step as a device of this kind reads it: the general words with its own where it has them. */
const asReadBy = (step: Step, device: DeviceKind): Step => ({ ...step, ...step.forDevice?.[device] });
/** What a pattern means to the owner of this kind of device. */
const meaningFor = (pattern: Pattern, device: DeviceKind): string => pattern.forDevice?.[device]?.meaning ?? pattern.meaning;
const stepById = (id: string) => content.flow.steps.find((s) => s.id === id)!;
const patternById = (id: string) => content.flow.patterns.find((p) => p.id === id)!;
const planFor = (device: DeviceKind) => planSteps(content.flow, { ...newCase().evidence, device });

/** Every run of `n` words of a text, lower-cased, punctuation dropped. */
function wordRuns(text: string, n: number): Set<string> {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(/\s+/).filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}
const shared = (a: string, b: string, n: number) => [...wordRuns(a, n)].filter((run) => wordRuns(b, n).has(run));

/** What is only known for cameras: the start-up light, the light after a reset, setup mode. */
const CAMERA_LIGHT_LORE = /\bnormal\b|widely reported|waiting to be set up|what a camera shows|reset button has been held/i;

describe('what a light pattern means, per kind of device', () => {
  it('tells a smart plug owner with a solid red light nothing about a camera starting up', () => {
    const solid = meaningFor(patternById('solid'), 'plug');
    expect(solid).not.toMatch(CAMERA_LIGHT_LORE);
    expect(solid).not.toMatch(/\bcamera|starts? up/i);
    expect(solid).toMatch(/quick start guide/);
  });

  it('states no camera light meaning as fact for any other kind of device, and sends each to its quick start guide', () => {
    for (const pattern of content.flow.patterns) {
      for (const kind of NOT_CAMERAS) {
        const meaning = meaningFor(pattern, kind);
        expect({ pattern: pattern.id, kind, meaning, lore: CAMERA_LIGHT_LORE.test(meaning) }).toEqual({ pattern: pattern.id, kind, meaning, lore: false });
        expect({ pattern: pattern.id, kind, guide: /quick start guide/.test(meaning) }).toEqual({ pattern: pattern.id, kind, guide: true });
      }
    }
  });

  it('keeps what a camera shows for cameras', () => {
    expect(meaningFor(patternById('solid'), 'camera')).toMatch(/normal while the device starts up/);
    expect(meaningFor(patternById('rapid'), 'camera')).toMatch(/reset button/);
    expect(meaningFor(patternById('alternating'), 'camera')).toMatch(/waiting to be set up/);
  });

  it('never mentions a camera to a smart plug owner, nor a plug to anyone else', () => {
    for (const pattern of content.flow.patterns) {
      expect({ pattern: pattern.id, camera: /\bcamera/i.test(meaningFor(pattern, 'plug')) }).toEqual({ pattern: pattern.id, camera: false });
      for (const kind of DEVICE_KINDS.filter((k) => k !== 'plug')) {
        expect({ pattern: pattern.id, kind, plug: /smart plug/i.test(meaningFor(pattern, kind)) }).toEqual({ pattern: pattern.id, kind, plug: false });
      }
    }
  });

  it('accepts a meaning per kind of device in the schema, and nothing else there', () => {
    const raw = structuredClone(content.flow) as unknown as { patterns: Record<string, unknown>[] };
    raw.patterns[0].forDevice = { hub: { meaning: 'Check the guide.' } };
    expect(flowSchema.safeParse(raw).success).toBe(true);
    raw.patterns[0].forDevice = { hub: { meaning: 'Check the guide.', colour: 'red' } };
    expect(flowSchema.safeParse(raw).success).toBe(false);
    raw.patterns[0].forDevice = { toaster: { meaning: 'Check the guide.' } };
    expect(flowSchema.safeParse(raw).success).toBe(false);
  });
});

describe('notes and tips for any Tapo device', () => {
  it('words the network-change note for any device, not a camera', () => {
    const note = content.flow.events.find((e) => e.id === 'network-change')!.note!;
    expect(note).not.toMatch(/\bcamera/i);
    expect(note).toMatch(/Tapo device/);
    expect(note).toMatch(/add(ing)? (it )?again in the Tapo app/);
  });

  it('words every event note without naming a camera', () => {
    for (const event of content.flow.events) expect({ id: event.id, camera: /\bcamera/i.test(event.note ?? '') }).toEqual({ id: event.id, camera: false });
  });

  it('gives prevention tips that hold for plugs, hubs and battery devices too', () => {
    const tips = content.flow.prevention;
    for (const tip of tips) expect({ tip, camera: /\bcameras?\b/i.test(tip) }).toEqual({ tip, camera: false });
    // Power: the adapter only where there is one, and batteries charged.
    const power = tips.find((t) => /power/i.test(t) && /adapter/i.test(t))!;
    expect(power).toMatch(/adapter if/i);
    expect(power).toMatch(/battery/i);
    expect(tips.join(' ')).toMatch(/router first and your Tapo devices/);
  });
});

describe('steps as each kind of device reads them', () => {
  it('word the stand-in plan for a hub as a hub, not a camera', () => {
    const plan = asReadBy(stepById('plan-redundancy'), 'hub');
    for (const text of [plan.instruction, plan.tip, plan.details]) expect(text).toMatch(/\bhub\b/);
    expect(`${plan.tip} ${plan.details}`).not.toMatch(/while a camera is online|a new camera/i);
  });

  it('word the general stand-in plan for any device that guards a home', () => {
    const { tip, details } = stepById('plan-redundancy');
    expect(`${tip} ${details}`).not.toMatch(/a camera is online|a new camera|^A camera/i);
  });

  it('mention water getting in outdoors only where the device may be outdoors', () => {
    for (const kind of DEVICE_KINDS) {
      const { details } = asReadBy(stepById('check-hardware'), kind);
      expect({ kind, outdoorCameras: /outdoor cameras/i.test(details) }).toEqual({ kind, outdoorCameras: false });
    }
    expect(asReadBy(stepById('check-hardware'), 'hub').details).not.toMatch(/outdoor|water/i);
    expect(asReadBy(stepById('check-hardware'), 'doorbell').details).toMatch(/doorbell sits outdoors/);
  });

  it('never name a camera to a doorbell or "other device" owner, apart from a camera as a stand-in', () => {
    for (const kind of ['doorbell', 'other'] as const) {
      for (const id of planFor(kind).filter((s) => s !== 'plan-redundancy')) {
        const step = asReadBy(stepById(id), kind);
        for (const [part, text] of [['instruction', step.instruction], ['tip', step.tip], ['details', step.details]] as const) {
          expect({ kind, id, part, camera: /\bcameras?\b/i.test(text) }).toEqual({ kind, id, part, camera: false });
        }
      }
    }
  });

  it('tell a doorbell owner to restart it by its switch, battery or wiring as its guide shows, not by an adapter at the wall', () => {
    const restart = asReadBy(stepById('power-cycle'), 'doorbell');
    expect(restart.instruction).not.toMatch(/unplug the device|adapter from the wall/i);
    expect(restart.instruction).toMatch(/quick start guide/);
    expect(restart.instruction).toMatch(/battery/);
    expect(restart.instruction).toMatch(/wired/);
    expect(restart.instruction).toMatch(/power button|power switch/);
  });

  it('word every step with device words of its own for the doorbell where the general words assume a plug-in device', () => {
    for (const id of ['power-cycle', 'factory-reset', 'refresh-network', 'check-hardware'] as const) {
      const words = stepById(id).forDevice?.doorbell;
      expect({ id, instruction: typeof words?.instruction }).toEqual({ id, instruction: 'string' });
      expect({ id, doorbell: /doorbell/.test(words!.instruction!) }).toEqual({ id, doorbell: true });
    }
    // Inspecting a wired doorbell: its power is switched off, it is not "unplugged".
    expect(asReadBy(stepById('check-hardware'), 'doorbell').instruction).not.toMatch(/^Unplug/);
  });

  it('keep the general network step free of camera words (a doorbell or another device may read it)', () => {
    const step = stepById('refresh-network');
    for (const text of [step.instruction, step.tip, step.details]) expect(text).not.toMatch(/\bcameras?\b/i);
    // The camera's own words keep what is known for cameras.
    expect(asReadBy(step, 'camera').details).toMatch(/Tapo cameras generally use 2\.4 GHz/);
  });

  it('keep smart plug reset timings to the smart plug', () => {
    const reset = stepById('factory-reset');
    for (const kind of DEVICE_KINDS.filter((k) => k !== 'plug')) {
      const step = asReadBy(reset, kind);
      for (const text of [step.instruction, step.tip, step.details]) {
        expect({ kind, plug: /smart plug|\bplugs?\b|about 10 seconds/i.test(text) }).toEqual({ kind, plug: false });
      }
    }
    expect(asReadBy(reset, 'plug').details).toMatch(/about 5 seconds[\s\S]*about 10 seconds/);
  });

  it('state no light colour in a doorbell or "other device" reset, and send to the quick start guide', () => {
    for (const kind of ['doorbell', 'other'] as const) {
      const reset = asReadBy(stepById('factory-reset'), kind);
      expect({ kind, colour: /\bblink(s|ing)? red|\bred and green|\bgreen\b/i.test(reset.instruction) }).toEqual({ kind, colour: false });
      expect({ kind, guide: /quick start guide/.test(reset.instruction) }).toEqual({ kind, guide: true });
    }
  });
});

describe('the quick checks', () => {
  it('are short and hold for any kind of device', () => {
    for (const check of content.flow.immediateChecks) {
      expect({ check, short: check.length <= 120 }).toEqual({ check, short: true });
      expect({ check, kind: /smart plug|\bhub\b|\bcamera|doorbell/i.test(check) }).toEqual({ check, kind: false });
      // Router restarts and Wi-Fi bands are the steps' business; a check says nothing flatly about them.
      expect({ check, network: /router|2\.4|GHz|WPA/i.test(check) }).toEqual({ check, network: false });
    }
    const checks = content.flow.immediateChecks.join(' ');
    expect(checks).toMatch(/power/);
    expect(checks).toMatch(/adapter if/);
    expect(checks).toMatch(/Tapo app/);
  });

  it('repeat no step\'s words, whichever step they are folded into', () => {
    for (const check of content.flow.immediateChecks) {
      for (const step of content.flow.steps) {
        for (const kind of DEVICE_KINDS) {
          const overlap = shared(check, asReadBy(step, kind).instruction, 5);
          expect({ check, step: step.id, kind, overlap }).toEqual({ check, step: step.id, kind, overlap: [] });
        }
      }
    }
  });
});

describe('a safety stop', () => {
  const parts = () => {
    const { messages, flow } = content;
    return { happened: messages.safetyStop.replace('{message}', '').trim(), now: flow.safety.message, next: messages.escalationReasons.safety };
  };

  it('says what happened, what to do now and what happens next, once each', () => {
    const { happened, now, next } = parts();
    expect(happened).toMatch(/\bstop/);
    expect(happened).not.toMatch(/unplug|support/i);
    expect(now).toMatch(/unplug/i);
    expect(now).toMatch(/don't open/i);
    expect(now).toMatch(/emergency services/);
    expect(now).not.toMatch(/\bstop|support/i);
    expect(next).toMatch(/TP-Link support/);
    expect(next).toMatch(/summary/);
    expect(next).not.toMatch(/\bstop|unplug|pause/i);
  });

  it('repeats no words between its three messages', () => {
    const { happened, now, next } = parts();
    expect(shared(happened, now, 4)).toEqual([]);
    expect(shared(happened, next, 4)).toEqual([]);
    expect(shared(now, next, 4)).toEqual([]);
    // "safety" is said at most once across them.
    expect(`${happened} ${now} ${next}`.match(/\bsafety\b/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('keeps the placeholder for the flow\'s words after the stop', () => {
    expect(content.messages.safetyStop).toMatch(/\{message\}$/);
  });
});

describe('asking for the label details', () => {
  it('says where the serial number is without presuming the model question came first, and spares a hot device', () => {
    const { askSerial, askModel } = content.messages;
    expect(askSerial).not.toMatch(/same label/i);
    expect(askSerial).toMatch(/on the device or on its box/);
    expect(askSerial).toMatch(/S\/N/);
    expect(askSerial).toMatch(/hot[^.]*box/);
    expect(askModel).toMatch(/box/);
  });
});

describe('no light at all', () => {
  it('says the status light can be switched off and privacy mode exists, without saying what privacy mode does', () => {
    const { answer } = content.faq.find((f) => f.id === 'no-light')!;
    expect(answer).toMatch(/status light can be switched off in the Tapo app/);
    expect(answer).toMatch(/privacy mode/);
    expect(answer).not.toMatch(/stops showing video/);
    expect(answer).not.toMatch(/privacy mode (turns|switches) (off )?the light/i);
  });
});
