import { contentAnalyzer } from './fixture';

/**
 * `noChange`: the user said, unasked, that nothing changed before the trouble began, so the
 * intake need not ask. None of these lines is a training example.
 */
const analyzer = contentAnalyzer();
const analyze = (text: string) => analyzer.analyze(text);

describe('a description that says nothing changed', () => {
  it.each([
    'my C100 blinks red fast since yesterday, nothing changed',
    'no changes recently',
    'I did not change anything',
    "I didn't change anything and now it's red",
    'i didnt chnage anythign',
    'same setup as always',
    'same setup as always, and now the light is red',
    'nothing has changed at home, it just started blinking red',
    "we haven't touched anything and it is flashing red",
    'no recent changes, it started flashing red this morning',
    'nobody changed anything, the hub just shows a red light',
    'nothing changed, but it started blinking red overnight',
    "I don't think anything changed",
    'everything is the same as before, but the light is red',
    'NOTHING CHANGED!! it just blinks red',
    'everything is as usual, but the light is red',
    'nothing is different, the light is just red',
    'parpadea rojo, no ha cambiado nada',
    "clignote rouge, rien n'a changé",
    'blinkt rot, nichts geändert',
  ])('tells the intake so: %s', (text) => {
    const a = analyze(text);
    expect({ text, events: a.events, noChange: a.noChange }).toEqual({ text, events: [], noChange: true });
  });

  it('keeps what else the description says', () => {
    const a = analyze('my C100 blinks red fast since yesterday, nothing changed');
    expect(a.noChange).toBe(true);
    expect(a.pattern).toBe('rapid');
    expect(a.entities.model).toBe('C100');
  });
});

describe('not "nothing changed"', () => {
  it.each([
    // Questions and conditions.
    'did anything change?',
    'what if nothing changed?',
    'has anything changed since yesterday',
    'did you change anything',
    'if nothing changed, why is it red',
    // An event beside it, or an exception.
    'nothing changed except the new router',
    'nothing changed, but there was a power cut last night',
    'nothing changed since the storm',
    'nothing has changed except I moved it to the garage',
    'I changed the wifi password yesterday',
    // How a fix went, or the light itself.
    'I restarted it and nothing changed',
    'rebooted it, no change',
    'I tried the reset. Nothing changed.',
    'it hasn’t changed',
    'still the same',
    // A single thing unchanged is not "nothing changed"; nothing said about changes at all.
    "I haven't changed the router",
    'my camera blinks red fast',
    'the light is solid red',
    '',
  ])('%s', (text) => {
    expect({ text, noChange: analyze(text).noChange }).toEqual({ text, noChange: false });
  });
});

describe('at a step', () => {
  it('"nothing changed" on its own is still read as the light still blinking', () => {
    expect(analyze('nothing changed').command?.id).toBe('still-blinking');
  });
});
