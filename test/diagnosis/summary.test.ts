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
    expect(fact(messages.summary.steps)).toContain('Restart the power: still blinking red (10:02 UTC)');
  });
});
