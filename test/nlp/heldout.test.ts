import { contentAnalyzer } from './fixture';
import { heldout, heldoutSets, scoreHeldout, thirdSet, verdict } from './heldoutScore';

/**
 * The held-out sets (test/nlp/heldout/) were written apart from content/nlu.json: other wording,
 * typos, lower case, run-ons, shouting and a few non-English lines. Their lines must never be
 * copied into the training data. The targets are checked on both sets together; a failure lists
 * the lines that count against the target.
 */
describe('held-out sets', () => {
  const s = scoreHeldout(contentAnalyzer());

  it('are big enough to mean something', () => {
    for (const set of [heldoutSets.first, heldoutSets.second]) {
      expect(set.descriptions.length).toBeGreaterThanOrEqual(150);
      expect(set.questions.length).toBeGreaterThanOrEqual(60);
      expect(set.outOfScope.length).toBeGreaterThanOrEqual(30);
    }
  });

  it('share no line with each other', () => {
    const first = new Set([...heldoutSets.first.descriptions, ...heldoutSets.first.questions].map((x) => x.text.toLowerCase()));
    const shared = [...heldoutSets.second.descriptions, ...heldoutSets.second.questions].filter((x) => first.has(x.text.toLowerCase()));
    expect(shared).toEqual([]);
    expect(heldout.descriptions.length).toBe(heldoutSets.first.descriptions.length + heldoutSets.second.descriptions.length);
  });

  it('best cause is in the expected set >= 95%', () => expect(verdict(s.bestCause, 0.95)).toBe('ok'));
  it('pattern right >= 95% where stated', () => expect(verdict(s.pattern, 0.95)).toBe('ok'));
  it('events found >= 90%', () => expect(verdict(s.eventsFound, 0.9)).toBe('ok'));
  it('events invented in <= 10% of descriptions', () => expect(verdict(s.eventsSpurious, 0.1, 'at most')).toBe('ok'));
  it('safety found 100%', () => expect(verdict(s.safetyFound, 1)).toBe('ok'));
  it('safety false alarms <= 5%', () => expect(verdict(s.falseAlarms, 0.05, 'at most')).toBe('ok'));
  it('quick answer right >= 95%', () => expect(verdict(s.faqRight, 0.95)).toBe('ok'));
  it('out-of-scope answered <= 10%', () => expect(verdict(s.outOfScopeAnswered, 0.1, 'at most')).toBe('ok'));
  it('out-of-scope given a cause <= 10%', () => expect(verdict(s.outOfScopeCaused, 0.1, 'at most')).toBe('ok'));
  it('descriptions and questions on topic >= 95%', () => expect(verdict(s.onTopic, 0.95)).toBe('ok'));
  it('out-of-scope on topic <= 10%', () => expect(verdict(s.outOfScopeOnTopic, 0.1, 'at most')).toBe('ok'));
});

/**
 * The third set meets the targets below but one: quick answers (80.0% when it was written) are
 * held at their present level, where they stand after the fixes it led to, until they reach 95%.
 */
describe('third held-out set', () => {
  const s = scoreHeldout(contentAnalyzer(), thirdSet);

  it('is big enough to mean something', () => {
    expect(thirdSet.descriptions.length).toBeGreaterThanOrEqual(100);
    expect(thirdSet.questions.length).toBeGreaterThanOrEqual(60);
    expect(thirdSet.outOfScope.length).toBeGreaterThanOrEqual(30);
  });

  it('best cause is in the expected set >= 95%', () => expect(verdict(s.bestCause, 0.95)).toBe('ok'));
  it('events invented in <= 10% of descriptions', () => expect(verdict(s.eventsSpurious, 0.1, 'at most')).toBe('ok'));
  it('safety found 100%', () => expect(verdict(s.safetyFound, 1)).toBe('ok'));
  it('safety false alarms <= 5%', () => expect(verdict(s.falseAlarms, 0.05, 'at most')).toBe('ok'));
  it('out-of-scope answered <= 10%', () => expect(verdict(s.outOfScopeAnswered, 0.1, 'at most')).toBe('ok'));
  it('descriptions and questions on topic >= 95%', () => expect(verdict(s.onTopic, 0.95)).toBe('ok'));
  it('pattern right >= 95% where stated', () => expect(verdict(s.pattern, 0.95)).toBe('ok'));
  it('events found >= 90%', () => expect(verdict(s.eventsFound, 0.9)).toBe('ok'));
  it('quick answer right, below the 95% target: no lower than 90%', () => expect(verdict(s.faqRight, 0.9)).toBe('ok'));
});

describe('held-out verdicts', () => {
  const rate = (hit: number, n: number) => ({ hit, n, rate: hit / n, misses: ['a missed line'] });
  it('pass at the target and fail below it, listing the misses', () => {
    expect(verdict(rate(95, 100), 0.95)).toBe('ok');
    expect(verdict(rate(94, 100), 0.95)).toContain('a missed line');
    expect(verdict(rate(5, 100), 0.05, 'at most')).toBe('ok');
    expect(verdict(rate(6, 100), 0.05, 'at most')).toMatch(/^6\/100 = 0\.060, expected at most 0\.05/);
  });
});
