import { loadContent, type Content } from '../../src/content/load';
import type { Step } from '../../src/content/schemas/flow';
import { DEVICE_KINDS, type DeviceKind } from '../../src/content/schemas/ids';
import { newCase } from '../../src/diagnosis/case';
import { planSteps } from '../../src/diagnosis/plan';

/**
 * Words that must hold whoever reads them: per-device step texts, the quick checks, the order the
 * steps may come in, and quick answers that answer the question asked.
 */
let content: Content;

beforeAll(() => {
  content = loadContent();
});

/** The step as a device of this kind reads it: the general words with its own where it has them. */
function asReadBy(step: Step, device: DeviceKind): Step {
  return { ...step, ...step.forDevice?.[device] };
}

const stepById = (id: string) => content.flow.steps.find((s) => s.id === id)!;
const planFor = (device: DeviceKind, more: Partial<ReturnType<typeof newCase>['evidence']> = {}) =>
  planSteps(content.flow, { ...newCase().evidence, device, ...more });
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+/)[0];

describe('steps worded for a kind of device', () => {
  it('only word a step for devices the step applies to', () => {
    for (const step of content.flow.steps) {
      for (const kind of Object.keys(step.forDevice ?? {})) {
        expect({ step: step.id, kind, known: (DEVICE_KINDS as readonly string[]).includes(kind) }).toEqual({ step: step.id, kind, known: true });
        if (step.devices) expect({ step: step.id, kind, applies: step.devices.includes(kind as DeviceKind) }).toEqual({ step: step.id, kind, applies: true });
      }
    }
  });

  it('never tell a smart plug owner to use an adapter or to look at a camera', () => {
    for (const id of planFor('plug')) {
      const step = asReadBy(stepById(id), 'plug');
      for (const [part, text] of [['instruction', step.instruction], ['tip', step.tip]] as const) {
        expect({ id, part, adapter: /\badapter/i.test(text), camera: /\bcamera/i.test(text) }).toEqual({ id, part, adapter: false, camera: false });
      }
    }
  });

  it('give a smart plug its own reset: about 10 seconds for a factory reset, about 5 for the Wi-Fi only', () => {
    const reset = asReadBy(stepById('factory-reset'), 'plug');
    expect(reset.instruction).toMatch(/about 10 seconds[^.]*factory reset/i);
    expect(reset.instruction).toMatch(/about 5 seconds[^.]*only its Wi-Fi/i);
    expect(reset.instruction).toMatch(/add it again in the Tapo app/i);
    expect(reset.instruction).not.toMatch(/pin|paperclip/i);
  });

  it('state no light colour where the colours are unverified (plugs, hubs, battery cameras), and send to the quick start guide', () => {
    for (const kind of ['plug', 'hub', 'battery-camera'] as const) {
      const reset = asReadBy(stepById('factory-reset'), kind);
      expect({ kind, colour: /\bblink(s|ing)? red|\bred and green|\bgreen\b/i.test(reset.instruction) }).toEqual({ kind, colour: false });
      expect({ kind, guide: /quick start guide/i.test(`${reset.instruction} ${reset.tip}`) }).toEqual({ kind, guide: true });
    }
  });

  it('tell a battery camera owner how to restart it without an adapter, hub first', () => {
    const restart = asReadBy(stepById('power-cycle'), 'battery-camera');
    expect(restart.instruction).not.toMatch(/unplug the device's adapter/i);
    expect(restart.instruction.search(/hub/i)).toBeLessThan(restart.instruction.search(/switch the camera off/i));
  });

  it('keep the quick checks true for a smart plug too: an adapter only if it came with one', () => {
    const checks = content.flow.immediateChecks.join(' ');
    expect(checks).toMatch(/adapter if it came with one/);
    expect(checks).not.toMatch(/2\.4 GHz/);
  });
});

describe('the steps in any order', () => {
  it('presume no other step was done before them', () => {
    const presumes = /ruled out|already (tried|done)|previous steps?|earlier steps?|steps? [1-8]\b|after steps/i;
    for (const step of content.flow.steps.filter((s) => s.id !== 'contact-support' && s.id !== 'plan-redundancy')) {
      for (const kind of [undefined, ...DEVICE_KINDS]) {
        const read = kind ? asReadBy(step, kind) : step;
        for (const text of [read.instruction, read.tip, read.details]) {
          expect({ id: step.id, kind, text, presumes: presumes.test(text) }).toEqual({ id: step.id, kind, text, presumes: false });
        }
      }
    }
  });

  it('after a power cut, open with the power restart, which restarts the router before the device, for every device', () => {
    for (const device of DEVICE_KINDS) {
      const plan = planFor(device, { events: ['power-outage'] });
      expect({ device, first: plan[0] }).toEqual({ device, first: 'power-cycle' });
      const { instruction } = asReadBy(stepById('power-cycle'), device);
      const router = instruction.search(/restart it and wait until the internet works/i);
      const device_ = instruction.search(/\b(unplug|pull|switch(ing)?|restart (that|the \w+))\b/i);
      expect({ device, routerFirst: router >= 0 && router < device_ }).toEqual({ device, routerFirst: true });
    }
  });
});

describe('quick answers', () => {
  it('open with a sentence that answers on its own (no bare "It can.", "Yes." or "No.")', () => {
    for (const entry of content.faq) {
      const first = firstSentence(entry.answer);
      const standsAlone = first.split(/\s+/).length >= 6 && !/^(it|yes|no|they)\b[^.]{0,12}[.!]/i.test(first);
      expect({ id: entry.id, first, standsAlone }).toEqual({ id: entry.id, first, standsAlone: true });
    }
  });

  it('label a question button as a question', () => {
    for (const entry of content.faq) {
      if (/^(can|could|is|are|does|do|will|would|should|which|why|what|where|when|who)\b/i.test(entry.button)) {
        expect({ id: entry.id, button: entry.button, mark: entry.button.endsWith('?') }).toEqual({ id: entry.id, button: entry.button, mark: true });
      }
    }
  });

  it('cover checking and updating the firmware, and the card size, in their own entries', () => {
    const ids = content.faq.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['firmware-version', 'microsd-size']));
    expect(firstSentence(content.faq.find((f) => f.id === 'firmware-version')!.answer)).toMatch(/Tapo app[\s\S]*firmware version[\s\S]*update/);
    expect(firstSentence(content.faq.find((f) => f.id === 'microsd-size')!.answer)).toMatch(/depends on the model[\s\S]*quick start guide/);
    // The entry about support says how to reach it first, then when.
    expect(firstSentence(content.faq.find((f) => f.id === 'contact-support')!.answer)).toMatch(/reach TP-Link support through/);
  });
});
