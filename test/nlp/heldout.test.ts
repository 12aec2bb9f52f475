import { contentAnalyzer } from './fixture';
import { heldout, scoreHeldout } from './heldoutScore';

/**
 * The held-out set (test/nlp/heldout/) was written apart from content/nlu.json: other wording,
 * typos, lower case, run-ons, shouting and a few non-English lines. Its lines must never be
 * copied into the training data.
 */
describe('held-out set', () => {
  const s = scoreHeldout(contentAnalyzer());
  const detail = (r: { misses: string[] }) => r.misses.join('\n');

  it('is big enough to mean something', () => {
    expect(heldout.descriptions.length).toBeGreaterThanOrEqual(150);
    expect(heldout.questions.length).toBeGreaterThanOrEqual(60);
    expect(heldout.outOfScope.length).toBeGreaterThanOrEqual(30);
  });

  it('best cause is in the expected set >= 95%', () => {
    expect({ rate: s.bestCause.rate, misses: detail(s.bestCause) }).toEqual(expect.objectContaining({ rate: expect.any(Number) }));
    expect(s.bestCause.rate).toBeGreaterThanOrEqual(0.95);
  });
  it('pattern right >= 95% where stated', () => expect(s.pattern.rate).toBeGreaterThanOrEqual(0.95));
  it('events found >= 90%', () => expect(s.eventsFound.rate).toBeGreaterThanOrEqual(0.9));
  it('events invented in <= 10% of descriptions', () => expect(s.eventsSpurious.rate).toBeLessThanOrEqual(0.1));
  it('safety found 100%', () => expect(detail(s.safetyFound)).toBe(''));
  it('safety false alarms <= 5%', () => expect(s.falseAlarms.rate).toBeLessThanOrEqual(0.05));
  it('quick answer right >= 95%', () => expect(s.faqRight.rate).toBeGreaterThanOrEqual(0.95));
  it('out-of-scope answered <= 10%', () => expect(s.outOfScopeAnswered.rate).toBeLessThanOrEqual(0.1));
  it('out-of-scope given a cause <= 10%', () => expect(s.outOfScopeCaused.rate).toBeLessThanOrEqual(0.1));
});
