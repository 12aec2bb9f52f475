import { newCase, type Evidence } from '../../src/diagnosis/case';
import { absorb } from '../../src/diagnosis/evidence';
import { planSteps, rankCauses, replanRemaining } from '../../src/diagnosis/plan';
import { contentAnalyzer } from '../nlp/fixture';
import { content } from '../support/content';

const { flow } = content();
const evidence = (more: Partial<Evidence>): Evidence => ({ ...newCase().evidence, ...more });

describe('planning the steps', () => {
  it('follows the guide\'s own order when nothing is known', () => {
    expect(planSteps(flow, evidence({}))).toEqual([
      'power-cycle',
      'reseat-cables',
      'factory-reset',
      'update-firmware',
      'refresh-network',
      'check-hardware',
      'contact-support',
      'plan-redundancy',
    ]);
  });

  it('puts the likeliest cause first and, within it, the cheapest fix', () => {
    const plan = planSteps(flow, evidence({ causes: { network: 0.9 } }));
    // Both address the network; a power restart is the cheaper of the two.
    expect(plan.slice(0, 2)).toEqual(['power-cycle', 'refresh-network']);
    expect(plan.indexOf('refresh-network')).toBeLessThan(plan.indexOf('factory-reset'));
    expect(plan.indexOf('factory-reset')).toBeLessThan(plan.indexOf('check-hardware'));
    expect(plan.slice(-2)).toEqual(['contact-support', 'plan-redundancy']);
  });

  it('opens with the steps a reported event calls for', () => {
    expect(planSteps(flow, evidence({ events: ['network-change'] })).slice(0, 2)).toEqual(['refresh-network', 'factory-reset']);
    expect(planSteps(flow, evidence({ events: ['firmware-update', 'power-outage'] }))[0]).toBe('update-firmware');
  });

  it('opens with adding the device again when red and green take turns (it waits to be set up)', () => {
    expect(planSteps(flow, evidence({ pattern: 'alternating' }))[0]).toBe('factory-reset');
  });

  it('leaves out steps that do not fit the device, and redundancy for a smart plug', () => {
    const battery = planSteps(flow, evidence({ device: 'battery-camera' }));
    expect(battery).not.toContain('reseat-cables');
    expect(battery).toContain('plan-redundancy');
    expect(planSteps(flow, evidence({ device: 'plug' }))).not.toContain('plan-redundancy');
  });

  it('ranks causes from words, pattern and events on top of the guide\'s likelihood', () => {
    expect(rankCauses(flow, evidence({}))[0].id).toBe('power');
    expect(rankCauses(flow, evidence({ pattern: 'alternating' }))[0].id).toBe('network');
  });

  it('counts a pattern once: its usual causes, read from a message that names only the pattern, add no evidence', () => {
    const analysis = contentAnalyzer().analyze('it has been solid red for two hours');
    expect(analysis.causesFromPattern).toBe(true);
    const absorbed = absorb(newCase().evidence, analysis);
    expect(absorbed).toMatchObject({ pattern: 'solid', causes: {} });
    expect(rankCauses(flow, absorbed)).toEqual(rankCauses(flow, evidence({ pattern: 'solid' })));
  });

  it('re-plans only what is left, keeping the steps already done in place', () => {
    const plan = planSteps(flow, evidence({}));
    const replanned = replanRemaining(flow, evidence({ pattern: 'alternating' }), plan, 1);
    expect(replanned.slice(0, 2)).toEqual(plan.slice(0, 2));
    // Red and green taking turns: the device waits to be set up, so adding it again comes next.
    expect(replanned[2]).toBe('factory-reset');
    expect(new Set(replanned)).toEqual(new Set(plan));
  });
});
