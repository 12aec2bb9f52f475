import { newCase } from '../../src/diagnosis/case';
import { buildSummary, summarySheet } from '../../src/diagnosis/summary';
import { content } from '../support/content';

describe('the support summary', () => {
  const { flow, messages } = content();
  const kase = {
    ...newCase(),
    evidence: { causes: {}, events: ['power-outage' as const], device: 'camera' as const, model: 'C310', pattern: 'rapid' as const },
    history: [
      { step: 'power-cycle' as const, outcome: 'still-blinking' as const, at: '2026-11-23T10:02:00.000Z' },
      { step: 'refresh-network' as const, outcome: 'already-tried' as const, at: '2026-11-23T10:05:00.000Z' },
    ],
    escalation: { reason: 'user-request' as const },
  };
  const summary = buildSummary(flow, kase, {
    id: 'AB12CD34',
    createdAt: '2026-11-23T10:06:00.000Z',
    reason: 'user-request',
    channel: 'webchat',
    conversationId: 'c1',
  });

  it('holds the device, pattern, changes and every step with its outcome and time', () => {
    expect(summary.device).toMatchObject({ kind: 'Plug-in camera', model: 'C310' });
    expect(summary.pattern).toBe('Rapid red blinking');
    expect(summary.changes).toEqual(['Power cut or surge']);
    expect(summary.steps).toEqual([
      { id: 'power-cycle', title: 'Restart the power', outcome: 'still-blinking', at: '2026-11-23T10:02:00.000Z' },
      expect.objectContaining({ id: 'refresh-network', outcome: 'already-tried' }),
    ]);
  });

  it('reads as labelled facts, saying plainly what was not given', () => {
    const sheet = summarySheet(summary, messages);
    const fact = (label: string) => sheet.facts.find((f) => f.label === label)?.value;
    expect(sheet.title).toContain('AB12CD34');
    expect(fact(messages.summary.serial)).toBe(messages.summary.unknown);
    expect(fact(messages.summary.steps)).toContain('Restart the power: still blinking red (2026-11-23 10:02 UTC)');
  });
});

describe('the support summary of a hand-over after a danger', () => {
  const { flow, messages } = content();
  const m = messages.summary;
  const kase = {
    ...newCase(),
    evidence: { causes: {}, events: [], description: 'my C200 blinks red' },
    history: [{ step: 'power-cycle' as const, outcome: 'escalated' as const, at: '2026-11-23T10:02:00.000Z' }],
    status: 'escalated' as const,
    escalation: { reason: 'safety' as const, words: 'the adapter smells like burning plastic', hazards: ['now there is smoke'] },
  };
  const meta = { id: 'AB12CD34', createdAt: '2026-11-23T10:06:00.000Z', reason: 'safety' as const, channel: 'webchat', conversationId: 'c1' };
  const summary = buildSummary(flow, kase, meta);
  const sheet = summarySheet(summary, messages);
  const fact = (label: string) => sheet.facts.find((f) => f.label === label)?.value;

  it('marks the summary as a safety case and keeps the words and later reports', () => {
    expect(summary).toMatchObject({
      safety: true,
      words: 'the adapter smells like burning plastic',
      hazards: ['now there is smoke'],
      changesAsked: false,
    });
  });

  it('says in the reason what was reported, and lists every message the user wrote about it', () => {
    expect(fact(m.reason)).toBe(`${m.reasons.safety}: "the adapter smells like burning plastic"`);
    expect(fact(m.description)).toBe('"my C200 blinks red"\n"the adapter smells like burning plastic"');
    expect(fact(m.hazards)).toBe('"now there is smoke"');
  });

  it('shows the step the user was on as handed to support, with date and time zone', () => {
    expect(fact(m.steps)).toBe(`Restart the power: ${m.outcomes.escalated} (2026-11-23 10:02 UTC)`);
    expect(fact(m.created)).toBe('2026-11-23 10:06 UTC');
  });

  it('tells "not asked" apart from "none" for recent changes', () => {
    expect(fact(m.changes)).toBe(m.notAsked);
    const asked = buildSummary(flow, { ...kase, evidence: { ...kase.evidence, askedEvents: true } }, meta);
    expect(summarySheet(asked, messages).facts.find((f) => f.label === m.changes)?.value).toBe(m.none);
  });

  it('caps the words it carries', () => {
    const long = buildSummary(flow, { ...kase, escalation: { reason: 'safety', words: 'smoke '.repeat(200) } }, meta);
    expect(long.words!.length).toBeLessThanOrEqual(300);
  });

  it('notes the words after which the user was asked to check for a hazard, and only when they were', () => {
    const checked = buildSummary(flow, { ...kase, safetyChecked: true, safetyCheckWords: 'the adapter feels a bit warm' }, meta);
    expect(summarySheet(checked, messages).facts.find((f) => f.label === m.safetyCheck)?.value).toBe('"the adapter feels a bit warm"');
    expect(fact(m.safetyCheck)).toBeUndefined();
  });
});
