import { IntentEngine } from '../../src/nlp/engine';
import { Guesses } from '../../src/nlp/guess';
import { PhraseMatcher } from '../../src/nlp/phrases';
import { EntityExtractor } from '../../src/nlp/entities';
import { Preprocessor } from '../../src/nlp/preprocess';
import { isQuestion } from '../../src/nlp/question';
import { SpellCorrector, editDistance } from '../../src/nlp/spell';
import { joinFragments, normalise, phraseAlternation, tokenize } from '../../src/nlp/text';
import { toJsonLine } from '../../src/cli/nlu';
import { englishWords } from '../../src/nlp/lexicon';

describe('text', () => {
  it('builds an alternation that tries the longer phrase first and takes any spaces between its words', () => {
    const re = new RegExp(`^(?:${phraseAlternation(['ring', ' Ring Doorbell ', '', 'a.b'])})`);
    expect(re.exec('ring   doorbell blinks')?.[0]).toBe('ring   doorbell');
    expect(re.test('axb')).toBe(false);
  });
  it('lower-cases, strips accents, expands contractions and splits units', () => {
    expect(normalise("It WON'T connect, isn't on 5GHz")).toBe('it will not connect, is not on 5 ghz');
    expect(normalise('La cámara')).toBe('la camara');
    expect(normalise("dall'alimentatore, l'adaptateur")).toBe('dall alimentatore, l adaptateur');
    expect(normalise('dont')).toBe('do not');
  });
  it('writes models read out by voice typing as models, but not the verb "see"', () => {
    expect(normalise('the see two twenty by the door')).toBe('the c220 by the door');
    expect(normalise('pee one hundred plug and a tea see seventy')).toBe('p100 plug and a tc70');
    expect(normalise('I see two hundred alerts a day')).toBe('i see two hundred alerts a day');
  });
  it('keeps the vowel signs of Indic scripts and the sound marks of kana, which tell words apart', () => {
    // Tamil "bought" and "swollen" differ only in a vowel sign; so do Japanese "ka" and "ga".
    expect(normalise('வாங்கிய')).not.toBe(normalise('வீங்கிய'));
    expect(tokenize(normalise('कैमरा गरम है'))).toEqual(['कैमरा', 'गरम', 'है']);
    expect(normalise('が')).not.toBe(normalise('か'));
    expect(normalise('Ελληνικά καλώδιο')).toBe('ελληνικα καλωδιο');
  });
  it('reads the full stops and question marks of other scripts as clause punctuation', () => {
    expect(tokenize(normalise('कैमरा गरम है। क्या करूँ'))).toContain('.');
    expect(tokenize(normalise('ما العمل؟'))).toContain('?');
  });
  it('counts a letter typed three or more times as two', () => {
    expect(normalise('sooo slooow, reallly')).toBe('soo sloow, really');
    expect(normalise('version 1000')).toBe('version 1000');
  });
  it('keeps version numbers and model names whole, splits slashes', () => {
    expect(tokenize('fw 1.3.9 on my c200, share/sync?')).toEqual(['fw', '1.3.9', 'on', 'my', 'c200', ',', 'share', 'sync', '?']);
  });
});

describe('fragments', () => {
  it('reads a text told a word or two at a time as one sentence', () =>
    expect(joinFragments('slow. red. blinking. for. a. week. c310. new. router.')).toBe('slow red blinking for a week c310 new router.'));
  it('leaves sentences as they are', () => expect(joinFragments('It blinks red. I tried a new adapter. Still red. Help.')).toBe('It blinks red. I tried a new adapter. Still red. Help.'));
});

describe('numbers', () => {
  const pre = new Preprocessor([]);
  const stems = (text: string) => pre.process(text).tokens.map((t) => t.stem);
  it('reads a small number as a count, whether in digits or words', () => expect(stems('3 work, three work')).toEqual(['#n', 'work', ',', '#n', 'work']));
  it('reads the numbers of a time of day as no count', () => expect(stems('until 07:45 it worked')).not.toContain('#n'));
});

describe('synonyms', () => {
  const pre = new Preprocessor(['the adapter is hot'], { synonyms: { hot: ['kuum*', 'forró'], smoke: ['füst*'] } });
  const words = (text: string) => pre.process(text).tokens.map((t) => t.word);
  it('reads a word\'s beginning whatever ending follows', () => {
    expect(words('adapteri on kuumana')).toEqual(['adapter', 'on', 'hot']);
    expect(words('kuumeni')).toEqual(['hot']);
    expect(words('a töltő füstöl')).toContain('smoke');
  });
  it('reads a beginning only at the start of a word', () => {
    expect(words('kuu on')).not.toContain('hot');
    expect(words('akuumana')).not.toContain('hot');
  });
});

describe('spell', () => {
  it('prices typos by keyboard distance', () => {
    expect(editDistance('wify', 'wifi', 2)).toBe(1);
    expect(editDistance('frimware', 'firmware', 2)).toBe(1);
    expect(editDistance('loft', 'lost', 2)).toBeGreaterThan(1);
  });
  it('corrects unknown words onto the vocabulary and leaves real words alone', () => {
    const s = new SpellCorrector(['firmware', 'blinking', 'power', 'resetting', 'wifi', 'known'], { dictionary: englishWords() });
    expect(s.correct('frimware')).toBe('firmware');
    expect(s.correct('blinkin')).toBe('blinking');
    expect(s.correct('powr')).toBe('power');
    expect(s.correct('reseting')).toBe('resetting');
    expect(s.correct('wify')).toBe('wifi');
    expect(s.correct('know')).toBe('know');
    expect(s.correct('hot')).toBe('hot');
  });
  it('gives a dropped "g" back to a word of the vocabulary or the dictionary', () => {
    const s = new SpellCorrector(['blinking', 'going', 'robin'], { dictionary: englishWords() });
    expect(s.correct('blinkin')).toBe('blinking');
    expect(s.correct('goin')).toBe('going');
    expect(s.correct('stayin')).toBe('staying');
    expect(s.correct('robin')).toBe('robin');
    expect(s.correct('cabin')).toBe('cabin');
  });
});

describe('negation and denial', () => {
  const pre = new Preprocessor(['power cut', 'update', 'wifi', 'adapter']);
  const marks = (text: string) =>
    pre
      .process(text)
      .tokens.filter((t) => !t.punct)
      .map((t) => `${t.denied ? '-' : t.negated ? '!' : ''}${t.word}`)
      .join(' ');
  it('negates to the end of the clause', () => {
    expect(marks('no power cut, but the wifi drops')).toBe('no !power !cut but the wifi drops');
    expect(marks('not after an update')).toBe('not !after !an !update');
  });
  it('takes "oh no" as an exclamation, not a negation', () => {
    expect(marks('oh no the wifi drops again')).toBe('oh no the wifi drops again');
    expect(marks('the wifi is ok, oh no power cut though')).toBe('-the -wifi is ok oh no power cut though');
  });
  it('denies firmware told up to date after it, not an update to the latest', () => {
    expect(marks('the firmware is up to date')).toBe('the -firmware -is -up -to -date');
    expect(marks('firmware says latest')).toBe('-firmware -says -latest');
    expect(marks('updated to the latest firmware')).not.toContain('-');
  });
  it('takes "solid" told of the light as its state, not as a judgement', () => {
    expect(marks('after the power cut the light is solid red')).toBe('after the power cut the light is solid red');
    expect(marks('since the update the led is solid')).toBe('since the update the led is solid');
    expect(marks('the wifi is solid')).toBe('-the -wifi is solid');
  });
  it('denies "not the X" and "X is fine"', () => {
    expect(marks("it's not the wifi")).toBe('it is not -the -wifi');
    expect(marks('the wifi is fine, the adapter is dying')).toBe('-the -wifi is fine the adapter is dying');
  });
  it('denies power that is there, not a power cut or power trouble', () => {
    expect(marks("the fridge is still getting power, so there's power there")).toBe('the fridge is still getting -power so there is -power there');
    expect(marks('we had a power cut, it has power issues')).toBe('we had a power cut it has power issues');
    expect(marks('it has no power')).toBe('it has no !power');
  });
  it('denies what stayed the same or was not changed', () => {
    expect(marks('the router is the same as before')).toBe('-the -router is the same as before');
    expect(marks('same router, same spot')).toBe('same -router same -spot');
    expect(marks('the same red light')).toBe('the same red light');
    expect(marks('all on the same new router')).toBe('all on the same new router');
    expect(marks('on the same extension lead as the heater')).toBe('on the same extension lead as the heater');
    expect(marks('the same router as before')).toBe('the same -router as before');
    expect(marks('the router has not been touched')).toBe('-the -router has not !been !touched');
    expect(marks('the adapter was never replaced, the wifi drops')).toBe('-the -adapter was never !replaced the wifi drops');
    expect(marks('the power in the shed never went off')).toBe('the -power -in -the -shed never !went !off');
    expect(marks('the solid red never went away')).toBe('the solid red never !went !away');
  });
});

describe('phrases', () => {
  const pre = new Preprocessor(['the adapter got wet', 'water inside the lens', 'cable chewed', 'plug']);
  const matcher = new PhraseMatcher(pre);
  const tokens = (text: string) => pre.process(text).tokens;
  // Enough phrases that a search looks them up by the words of the text instead of one by one.
  const fillers = Array.from({ length: 40 }, (_, i) => `filler${i} word`);
  const long = matcher.phrases([...fillers, 'adapter wet', 'water inside', 'cable chewed']);
  const short = matcher.phrases(['adapter wet', 'water inside', 'cable chewed']);

  it('finds a phrase word for word with function words between, or in any order nearby', () => {
    const text = tokens('the adapter is wet, and a chewed cable');
    const [adapterWet, , cableChewed] = short;
    expect(matcher.find(text, adapterWet, true).map((hit) => hit.map((i) => text[i].word))).toEqual([['adapter', 'wet']]);
    expect(matcher.find(text, cableChewed, true)).toEqual([]);
    expect(matcher.find(text, cableChewed, false).map((hit) => hit.map((i) => text[i].word))).toEqual([['cable', 'chewed']]);
  });

  it('finds in a long list what each of its phrases finds alone', () => {
    const text = tokens('water is inside, the adapter is wet, then more water inside the lens');
    const alone = long.flatMap((p) => matcher.find(text, p, true));
    expect(alone).toHaveLength(3);
    expect(matcher.findAll(text, long, true)).toEqual(expect.arrayContaining(alone));
    expect(matcher.findAll(text, long, true)).toHaveLength(alone.length);
    expect(matcher.findAll(text, short, true)).toEqual(expect.arrayContaining(alone));
  });

  it('tells a phrase of a long or short list said, not one said with a negation', () => {
    for (const list of [long, short]) {
      expect(matcher.saysAny(tokens('the cable looks chewed'), list, false)).toBe(true);
      expect(matcher.saysAny(tokens('no water inside and the adapter is dry'), list, true)).toBe(false);
      expect(matcher.saysAny(tokens('a new plug'), list, false)).toBe(false);
    }
  });
});

describe('guesses', () => {
  const pre = new Preprocessor(['the router', 'the adapter']);
  const guesses = new Guesses(['must be', 'i bet', "i'm sure"]);
  const opens = (text: string) => guesses.opensWithGuess(pre.process(text).tokens);
  it.each(['Must be the router.', 'so, must be the router', 'I bet the adapter died', "anyway I'm sure it's the router"])('"%s" opens with a guess', (t) => expect(opens(t)).toBe(true));
  it.each(['the router must be fine', 'I checked the adapter, must be the router', 'a bet on the router'])('"%s" does not', (t) => expect(opens(t)).toBe(false));
});

describe('question', () => {
  const pre = new Preprocessor([]);
  const q = (text: string) => {
    const p = pre.process(text);
    return isQuestion(p.normalised, p.tokens);
  };
  it.each(['is reseting risky', 'how do i reset it', 'what does the red light mean', 'tell me what solid red means', 'why?'])('%s is a question', (t) => expect(q(t)).toBe(true));
  it.each(['walk me through setting the hub up again', 'steps to restore the plug to factory please', 'please give me the steps to update it'])('%s is a question (a request for the steps)', (t) =>
    expect(q(t)).toBe(true),
  );
  it.each(['hi, is it safe to reset', 'for how many seconds do I hold reset', 'the app says offline, what can I do', 'so where is the reset button', 'does your camera work with wpa3', 'can the hub take a 256 gb card'])('%s is a question', (t) =>
    expect(q(t)).toBe(true),
  );
  it.each([
    'it stays dark when I plug it in, why',
    'the app says wpa3, is that why it fails',
    'hub plus two cameras, which one do i reset first',
    'it alternates red and green, whats that about',
    'new router last week, do i need to add the camera again',
    'would unplugging the hub for a minute help',
    'the power was off all night, any steps to get it back',
    'it uses a hub, is the problem the camera or the hub',
    'the hub is not working where do i start',
    'the power went out halfway through the update, now what',
  ])('%s is a question (asked in a later clause)', (t) => expect(q(t)).toBe(true));
  it.each([
    'could old firmware be why it keeps going red',
    'could the old software on my plug be why it blinks',
    'can newer software fix the red blinking',
    'is wpa3 the reason the camera will not join',
    'the update has been going for 20 minutes should i unplug it',
    'after an outage do I restart the router or the camera first',
    'if I update the camera will it stop blinking',
    'new router and the camera will not reconnect, why not',
    'the light is constantly red is that bad',
  ])('%s is a question (no question mark)', (t) => expect(q(t)).toBe(true));
  it.each([
    'could not find the camera in the app after the reset last night',
    'is blinking red again and the app cannot fix anything',
    'can not see it in the app since the storm, the reset does not help either',
    'it blinks red and does it again every minute',
  ])(
    '%s is not (a report opened by an auxiliary)',
    (t) => expect(q(t)).toBe(false),
  );
  it.each(['ist ein werksreset sicher', 'kann ich die kamera zurücksetzen', 'ik heb een nieuwe router, hoe verbind ik de camera', 'luz roja y verde alternando significado'])('%s is a question (other languages)', (t) =>
    expect(q(t)).toBe(true),
  );
  it.each(['kan niet verbinden', 'ist kaputt', 'die kamera blinkt rot'])('%s is not (other languages)', (t) => expect(q(t)).toBe(false));
  it.each([
    'it blinks red since yesterday',
    'my camera is offline',
    'the update failed',
    'had a blackout, now it is red',
    'when the power came back it started blinking',
    'it blinks red, which is odd',
    'i moved it, it is red now',
    'the router was replaced, then it went red',
    'is blinking red again since this morning',
  ])('%s is not', (t) =>
    expect(q(t)).toBe(false),
  );
});

describe('intent engine (generic)', () => {
  const pre = new Preprocessor([]);
  const ex = (text: string, label: string) => ({ tokens: pre.process(text).tokens, labels: [label] });
  const data = [
    ex('when does the next train leave', 'time'),
    ex('what time is the bus', 'time'),
    ex('departure time of the tram', 'time'),
    ex('how do i get from a to b', 'route'),
    ex('connection from the station to the airport', 'route'),
    ex('route to the city centre', 'route'),
  ];
  it('learns and predicts with probabilities that sum to one', () => {
    const e = IntentEngine.train(data);
    expect(e.classify(pre.process('when is the next tram').tokens).label).toBe('time');
    expect(e.classify(pre.process('how to get to the airport').tokens).label).toBe('route');
    const s = e.scores(pre.process('anything').tokens);
    expect([...s].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
  it('is deterministic', () => {
    const a = IntentEngine.train(data).scores(pre.process('bus time').tokens)[0];
    const b = IntentEngine.train(data).scores(pre.process('bus time').tokens)[0];
    expect(a).toBe(b);
  });
  it('multi-label: zero, one or several labels per text', () => {
    const m = IntentEngine.train(
      [
        { tokens: pre.process('the power went out').tokens, labels: ['power'] },
        { tokens: pre.process('the wifi dropped').tokens, labels: ['wifi'] },
        { tokens: pre.process('hello there').tokens, labels: [] },
      ],
      { multiLabel: true, nonNegative: true, epochs: 60 },
    );
    const s = m.scores(pre.process('the power went out and the wifi dropped').tokens);
    expect(s[0]).toBeGreaterThan(0.5);
    expect(s[1]).toBeGreaterThan(0.5);
  });
});

describe('entities', () => {
  const e = new EntityExtractor({ models: ['C200', 'C520WS', 'H100', 'P110'], devices: { hub: { words: ['hub'], models: ['H100'] }, camera: { words: ['camera'], models: ['C200', 'C520WS'] } } });
  const now = new Date('2026-03-10T12:00:00Z');
  it('finds models in any spelling and their device kind', () => {
    expect(e.extract('my tapo c 200 blinks', now)).toMatchObject({ model: 'C200', device: 'camera' });
    expect(e.extract('the H100 hub', now)).toMatchObject({ model: 'H100', device: 'hub' });
    expect(e.extract('c520 ws', now).model).toBe('C520WS');
    expect(e.extract('we bought two C200s', now).model).toBe('C200');
    expect(e.extract("the C200's adapter", now).model).toBe('C200');
    expect(e.extract('c520ws', now).model).toBe('C520WS');
  });
  it('finds firmware versions as written', () => {
    expect(e.extract('firmware 1.3.9 Build 230315 Rel. 59832', now).firmware).toMatch(/^1\.3\.9 Build 230315/);
    expect(e.extract('on fw v1.0.12', now).firmware).toBe('1.0.12');
  });
  it('keeps the whole firmware string, release letters included, and drops only its label', () => {
    const written = '1.3.9 Build 230315 Rel.59017n';
    for (const label of ['', 'firmware ', 'Firmware: ', 'version ', 'Version ', 'ver. ', 'v', 'V', 'fw ', 'Firmware Version: V']) {
      expect({ label, firmware: e.extract(`${label}${written}`, now).firmware }).toEqual({ label, firmware: written });
    }
    expect(e.extract('it is on 1.0.4 Build 221108 Rel.41672n now', now).firmware).toBe('1.0.4 Build 221108 Rel.41672n');
    expect(e.extract('1.2.3 Build 210901 rel 7a and it blinks', now).firmware).toBe('1.2.3 Build 210901 rel 7a');
    expect(e.extract('firmware 1.3.9 Build 230315', now).firmware).toBe('1.3.9 Build 230315');
    // Not a label: a word that only starts with "v".
    expect(e.extract('very odd, 2.1.0 since the update', now).firmware).toBe('2.1.0');
  });
  it('reads counts, rates, durations and relative dates', () => {
    expect(e.extract('three blinks then a pause', now).blinkCount).toBe(3);
    expect(e.extract('it flashes twice a second', now).frequencies).toEqual([2]);
    expect(e.extract('one blink every 2 seconds', now).frequencies).toEqual([0.5]);
    expect(e.extract('red for 20 minutes', now).durations).toEqual([1200]);
    expect(e.extract('since yesterday', now).since).toBe('2026-03-09');
    expect(e.extract('red since last monday', now).since).toBe('2026-03-02');
    expect(e.extract('fine until march 3', now).since).toBe('XXXX-03-03');
    expect(e.extract('blinking since 2.4.2025', now).since).toBe('2025-04-02');
  });
  it('names no day for "since then", "last night" or "tomorrow"', () => {
    for (const text of ['red since then', 'it went off last night', 'the technician comes tomorrow', 'switched to 2.4 ghz last week']) {
      expect(e.extract(text, now).since).toBeUndefined();
    }
  });
  it('does nothing expensive for plain text', () => {
    expect(e.extract('it blinks red', now)).toEqual({});
  });
});

describe('cli', () => {
  it('prints the contract keys first, in order', () => {
    const line = toJsonLine({ text: 't', causes: [], pattern: null, events: [], safety: false, faq: null, entities: {}, command: null, question: false, unsure: null });
    expect(Object.keys(JSON.parse(line)).slice(0, 7)).toEqual(['text', 'causes', 'pattern', 'events', 'safety', 'faq', 'entities']);
  });
});
