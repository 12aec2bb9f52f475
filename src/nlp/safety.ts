/**
 * Safety detection: heat, smoke, burning smell, sparks, melting, swelling, water inside, exposed
 * wires. Phrase matching over typo-corrected, stemmed tokens, so "smokin", "sparcks" and "over
 * heating" still match; a trigger inside a negation ("no smoke", "it's not hot") does not count,
 * and neither does a harmless phrase that contains a trigger word ("hot pink", "smoke alarm").
 * Recall comes first: when in doubt the bot stops and gives the safety advice. The same matching
 * finds the words that come near a danger (the caution tier) and, word for word, signs that the
 * device itself is at fault (damage, memory card trouble).
 */
import { PhraseMatcher, grouped, searchStart, type Phrase } from './phrases';
import { beginningOf, type Preprocessor, type Token } from './preprocess';
import { SENTENCE_END, normalise } from './text';

/** Function words a danger phrase keeps: "too warm" and "very warm" are a hazard, "warm" alone is not; "water in it" is, "the water" is not. */
const KEPT = new Set(['hot', 'too', 'very', 'in']);
/**
 * ... and a harmless phrase keeps the words that join clauses too: "barbecue smoke" is no danger,
 * "a barbecue, and then smoke came out of the C200" is.
 */
const KEPT_IN_HARMLESS = new Set([...KEPT, 'and', 'then', 'or', 'if']);

/**
 * How close to a power part a device word only names the part's owner: up to two words before it
 * ("the camera's adapter") or five after it ("the adapter that powers our C500").
 */
const OWNER_BEFORE = 2;
const OWNER_AFTER = 5;

/**
 * How a danger is told of a part of the device or of its supply, in its clause: the part up to three
 * words before it ("the battery is swollen"), or up to seven after it behind a word of where from
 * ("smoke came out of the adapter", "a bang from the plug"; not "smoke drifted across the C310").
 */
const PART_BEFORE = 3;
const PART_AFTER = 7;
const FROM_PART = new Set(['from', 'of', 'out', 'inside', 'in', 'behind', 'off', 'around', 'through']);

/** Words after which a clause names what a danger is compared with. */
const LIKENED_TO = new Set(['than', 'like']);

/**
 * Plugging the device in told as a deed names no part: "when I plugged it back in, a wisp came out
 * of the vents" and "plugged the C110 back in, smoke came out the back" are the device's.
 */
const PLUGGING = new Set(['plugged', 'plugging', 'unplugged', 'unplugging', 'replugged', 'replugging']);
/** Dangers that happen where plug meets socket: a spark when the device is plugged in is the plug's. */
const AT_THE_CONTACT = new Set(['spark', 'sparks', 'sparked', 'sparking', 'arc', 'arcing', 'arced', 'flash', 'flashed', 'zap', 'zapped', 'jolt', 'shock', 'shocked']);
const DETERMINERS = new Set(['the', 'my', 'our']);
/** "where the cable goes in", "where the lead plugs into the back": a part told by where it enters the device. */
const GOES = new Set(['goes', 'go', 'went', 'plugs']);
/** The leads told so; not pins, which go into a socket, nor "the power". */
const LEADS = new Set(['cable', 'cables', 'lead', 'leads', 'cord', 'cords', 'wire', 'wires', 'usb', 'plug']);
const IN = new Set(['in', 'into']);

/** The device named for the light it shows, not as where a danger is: "... and the camera's red light blinks". */
const ITS_LIGHT = new Set(['light', 'led', 'red', 'blinks', 'blinking', 'flashes', 'flashing', 'status']);
function toldForItsLight(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(i + 1, i + 3).some((t) => ITS_LIGHT.has(t.word));
}

/** Words before a wall the device hangs on, not the wall socket: "on the wall", "off the wall", "facing the wall". */
const HUNG_ON = new Set(['on', 'off', 'onto', 'against', 'face', 'facing', 'up']);
/** Which wall, told just before it: "the porch wall", "the back wall" (a socket's wall is told "into the wall"). */
const WALLS_OF = new Set(['front', 'back', 'side', 'outside', 'outer', 'garage', 'porch', 'barn', 'shed', 'house', 'garden', 'gable', 'brick', 'stone', 'concrete', 'boundary', 'yard', 'fence', 'kitchen', 'bedroom', 'hallway', 'nursery', 'lounge', 'stable', 'stables']);
/** Words between a preposition and its noun: "off the wall", "on our wall", "on its casing". */
const ARTICLES_AND_OWNERS = new Set(['the', 'a', 'our', 'my', 'its', 'their', 'his', 'her', 'that', 'this']);

/**
 * "Power" told of the device's own port or button ("a scorch mark by the power port") or of the
 * mains coming back ("a pop when the power came back"), not of a part that carries it.
 */
const POWER_NOT_A_PART = new Set(['port', 'jack', 'input', 'button']);
const COMES = new Set(['came', 'comes', 'come']);
/** "Power" as what the device or a plug does: "smoke when it powers up", "the heater it powers" (not "the cube that powers it": that is its supply). */
const POWER_AS_VERB = new Set(['powers', 'powering', 'powered']);
const POWERED_HOW = new Set(['up', 'on', 'down', 'off']);
function powerNotAPart(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.word ?? '';
  if (POWER_AS_VERB.has(tokens[i].word)) return POWERED_HOW.has(next) || tokens[i - 1]?.word === 'it';
  return tokens[i].word === 'power' && (POWER_NOT_A_PART.has(next) || (COMES.has(next) && tokens[i + 2]?.word === 'back'));
}

/** Whether `tokens[i]` is a wall the device hangs on ("blown off the wall", "on the back wall"), not where it plugs in ("into the wall"). */
function hungOn(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].word !== 'wall' && tokens[i].word !== 'walls') return false;
  let j = i - 1;
  if (j >= 0 && WALLS_OF.has(tokens[j].word)) return true;
  while (j >= 0 && ARTICLES_AND_OWNERS.has(tokens[j].word)) j--;
  return j >= 0 && HUNG_ON.has(tokens[j].word);
}

/**
 * "Burnt out" said of a person, not a part: "I'm so burnt out", "feeling a bit burned out", or with
 * no subject at a sentence's start and told of what wore them out ("burnt out after lambing", up to
 * the clause's end or its "and").
 */
const BURNT = new Set(['burnt', 'burned']);
const PERSON = new Set(['i', 'im', 'am', 'we', 'feel', 'feeling', 'felt']);
const SOFTENERS = new Set(['so', 'a', 'bit', 'totally', 'completely', 'honestly', 'really', 'just', 'pretty', 'very', 'utterly', 'absolutely', 'quite', 'kinda', 'seriously', 'properly']);
const WORN_OUT_BY = new Set(['after', 'from', 'with', 'on', 'by']);
/** What wears a part out, not a person: "burnt out after the surge". */
const PART_WEARERS = new Set(['surge', 'surges', 'storm', 'lightning', 'spike', 'power', 'outage', 'blackout']);

/** "On fire" said of a person or a thing no device is: "I'm on fire today", "chat is on fire", "my bill is on fire". */
const FIGURATIVELY_ON_FIRE = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'chat', 'bill', 'striker', 'team', 'game', 'sales', 'deal']);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'been']);
/** Before "been": "have been", and "she's been", whose "'s" is read as "is". */
const HAVE = new Set(['have', 'has', 'had', 'is']);
const LITERALLY = new Set(['literally']);
const NO_WORDS: ReadonlySet<string> = new Set();

/** The position of the nearest word before `at` that is no softener ("so", "a bit", "totally") nor one of `alsoSkip`; -1 when none is. */
function beforeSofteners(tokens: readonly Token[], at: number, alsoSkip: ReadonlySet<string> = NO_WORDS): number {
  let j = at - 1;
  while (j >= 0 && (SOFTENERS.has(tokens[j].word) || alsoSkip.has(tokens[j].word))) j--;
  return j;
}

/** Words that begin a clause told of the word before them ("the loft, which gets hot"). */
const RELATIVE = new Set(['which', 'where']);

/** Words where a clause turns ("it's hot out, but the camera is cool"): heat said of a place stops there. */
const CLAUSE_TURNS = new Set(['but', 'though', 'although', 'while', 'whereas']);

/**
 * Heat said of the weather or a room, not the device: a danger phrase all of heat words (with
 * their intensities, likenings and the little words of the phrases: "so hot", "like an oven", "is
 * roasting") in a clause that names a place or the weather and no part of the device, no power
 * part and no touch ("it's so hot here", "34 degrees in the flat, I'm melting"; not "the loft
 * smells of hot plastic").
 */
export interface HeatOfPlace {
  heat: readonly string[];
  places: readonly string[];
  touch: readonly string[];
}

/** A danger phrase found: its words as written and their token positions. */
export interface Hazard {
  words: string[];
  at: readonly number[];
}

/**
 * Danger said by words from each group near one another ("smell" with "campfire"), or `inOrder`,
 * word after word with function words aside ("so warm", "warmer than"); on power parts only if
 * so marked.
 */
interface Together {
  words: readonly (readonly string[])[];
  onPowerPartOnly?: boolean;
  inOrder?: boolean;
}

/** Every phrase of one word from each group, in group order: [["warm", "hot"], ["so"]] -> "warm so", "hot so". */
function phrasesOf(groups: readonly (readonly string[])[]): string[] {
  return groups.reduce<string[]>((phrases, group) => phrases.flatMap((p) => group.map((w) => (p ? `${p} ${w}` : w))), ['']);
}

/** Whether the word at `i` is set aside by a "not" right before it: "not the adapter", "not its plug". */
function setAside(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.word === 'the' || tokens[i - 1]?.word === 'its' ? i - 2 : i - 1;
  return tokens[before]?.word === 'not';
}

export class SafetyDetector {
  /**
   * Danger phrases, each with whether it counts only in a clause that names a power part,
   * whether it says its danger with a negation ("can't keep my hand on it"), so may be negated,
   * and whether it matches word for word ("so warm") rather than its words near each other.
   */
  private readonly triggers: { phrase: Phrase; onPowerPartOnly: boolean; exact: boolean }[];
  private readonly harmless: Phrase[];
  /** The triggers by the stem a search for them starts from, each list in the order of the phrase list. */
  private readonly byFirstStem: ReadonlyMap<string, readonly number[]>;
  /**
   * Built on first use: the parts list is long (many languages), and reading it compiles the synonym
   * patterns of every script it holds, which start-up would otherwise pay for every process.
   */
  private powerStemsOnce: Set<string> | null = null;
  private readonly powerWords: readonly string[];
  /** Power parts told by a word's beginning ("gniazd*": gniazdko, gniazdka, gniazdku). */
  private readonly powerBeginnings: string[];
  private readonly deviceStems: Set<string>;
  private readonly plugBodyStems: Set<string>;
  private readonly harmlessWhen: { when: Phrase[]; whenStems: readonly string[]; harmless: Phrase[]; notOfPowerParts: boolean; notOfParts: boolean }[];
  private readonly matcher: PhraseMatcher;
  private readonly harmlessMatcher: PhraseMatcher;
  private readonly heatOfPlace: { heat: Set<string>; places: Set<string>; placeWords: Set<string>; touch: Set<string> } | null;
  private readonly notDangerWords: ReadonlySet<string>;

  /**
   * @param options.parts words for the parts that carry the power ("adapter", "socket", "cable");
   *   one ending in "*" is a word's beginning
   * @param options.triggers danger phrases only in a clause that names such a part ("buzzing")
   * @param options.deviceParts words for the device and its body ("camera", "casing", "C200"): a
   *   hazard near one of them, not a power part, is on the device
   * @param options.plugBody words for a smart plug's own body ("plug", "smart plug"): when the
   *   device is a smart plug, a hazard on one of them is the device's, not its power supply's
   * @param options.together danger said by a word of each group near one another, all pairings
   *   of the groups' words ("way" or "so" beside "warm" or "toasty")
   * @param options.harmlessWhen phrases that are no danger in a text that says one of `when`: rain
   *   on a device said to be weatherproof ("soaked, but it's the outdoor one"), burnt toast where
   *   a smoke alarm went off; water inside, or a burning smell, still is; with `notOfPowerParts`,
   *   not when told of a power part (a weatherproof camera's plug is not weatherproof); with
   *   `notOfParts`, not when told of a part of the device or of its supply (the smoke of a
   *   barbecue is no danger, smoke from the adapter after one is)
   * @param options.notDangerWords words as typed that are no danger, whatever stem they share with
   *   one ("fired")
   * @param exact phrases match word for word (function words aside), not in any order nearby
   */
  constructor(
    pre: Preprocessor,
    triggers: readonly string[],
    notDanger: readonly string[],
    options: {
      parts?: readonly string[];
      triggers?: readonly string[];
      deviceParts?: readonly string[];
      plugBody?: readonly string[];
      harmlessWhen?: readonly { when: readonly string[]; harmless: readonly string[]; notOfPowerParts?: boolean; notOfParts?: boolean }[];
      together?: readonly Together[];
      heatOfPlace?: HeatOfPlace;
      notDangerWords?: readonly string[];
    } = {},
    exact = false,
  ) {
    this.matcher = new PhraseMatcher(pre, KEPT);
    const trigger = (text: string, onPowerPartOnly: boolean, inOrder = false) => {
      const phrase = this.matcher.phrase(text);
      return phrase && { phrase, onPowerPartOnly, exact: exact || inOrder };
    };
    this.triggers = [
      ...triggers.map((t) => trigger(t, false)),
      ...(options.triggers ?? []).map((t) => trigger(t, true)),
      ...(options.together ?? []).flatMap((g) => phrasesOf(g.words).map((t) => trigger(t, g.onPowerPartOnly === true, g.inOrder))),
    ].filter((t) => t !== null);
    this.harmlessMatcher = new PhraseMatcher(pre, KEPT_IN_HARMLESS);
    this.harmless = this.harmlessMatcher.phrases(notDanger);
    this.byFirstStem = grouped(this.triggers.keys(), (i) => searchStart(this.triggers[i].phrase, this.triggers[i].exact));
    const stems = (words: readonly string[] | undefined) => new Set((words ?? []).flatMap((w) => this.matcher.phrase(w)?.stems ?? []));
    this.powerWords = (options.parts ?? []).filter((w) => beginningOf(w) === null);
    this.powerBeginnings = (options.parts ?? []).flatMap((w) => {
      const begins = beginningOf(w);
      return begins === null ? [] : [normalise(begins)];
    });
    this.deviceStems = stems(options.deviceParts);
    this.plugBodyStems = stems(options.plugBody);
    this.harmlessWhen = (options.harmlessWhen ?? []).map((r) => {
      const when = this.matcher.phrases(r.when);
      return { when, whenStems: when.flatMap((p) => p.stems), harmless: this.harmlessMatcher.phrases(r.harmless), notOfPowerParts: r.notOfPowerParts === true, notOfParts: r.notOfParts === true };
    });
    this.notDangerWords = new Set(options.notDangerWords);
    const h = options.heatOfPlace;
    this.heatOfPlace = h ? { heat: pre.stems(h.heat), places: pre.stems(h.places), placeWords: new Set(h.places), touch: pre.stems(h.touch) } : null;
  }

  /** Whether the danger at `hit` is heat said of a place or the weather (see HeatOfPlace). */
  private saidOfPlace(tokens: readonly Token[], hit: readonly number[]): boolean {
    const h = this.heatOfPlace;
    if (!h || !hit.every((i) => h.heat.has(tokens[i].stem))) return false;
    const bound = (t: Token) => t.punct || CLAUSE_TURNS.has(t.word);
    // "the conservatory, which gets very warm in summer": a relative clause told of a place (after its comma or not).
    const ofPlace = (i: number) => {
      if (i <= 0 || !RELATIVE.has(tokens[i].word)) return false;
      const before = tokens[i - 1].word === ',' && i > 1 ? tokens[i - 2] : tokens[i - 1];
      return h.places.has(before.stem);
    };
    let from = Math.min(...hit);
    let to = Math.max(...hit) + 1;
    while (from > 0 && !bound(tokens[from - 1]) && !ofPlace(from - 1)) from--;
    while (to < tokens.length && !bound(tokens[to])) to++;
    const clause = tokens.slice(from, to);
    const place = ofPlace(from - 1) || clause.some((t) => h.places.has(t.stem));
    // (A place named is no part of the device, though "house" and "housing" share a stem.)
    return place && !clause.some((t, k) => h.touch.has(t.stem) || (this.deviceStems.has(t.stem) && !h.placeWords.has(t.word)) || this.isPowerPart(tokens, from + k));
  }

  /** Whether the hazard at `hit` is "burnt out" said of a person (see BURNT). */
  private burntOutOfPerson(tokens: readonly Token[], hit: readonly number[]): boolean {
    const burnt = hit.find((i) => BURNT.has(tokens[i].word));
    if (burnt === undefined || tokens[burnt + 1]?.word !== 'out' || hit.some((i) => i !== burnt && i !== burnt + 1)) return false;
    const j = beforeSofteners(tokens, burnt);
    if (j >= 0 && (PERSON.has(tokens[j].word) || (tokens[j].word === 'are' && tokens[j - 1]?.word === 'we'))) return true;
    if (j >= 0 && !tokens[j].punct) return false;
    const after = burnt + 2;
    if (!WORN_OUT_BY.has(tokens[after]?.word ?? '')) return false;
    let end = after + 1;
    while (end < tokens.length && !tokens[end].punct && tokens[end].word !== 'and' && !CLAUSE_TURNS.has(tokens[end].word)) end++;
    return !tokens.slice(after + 1, end).some((t, k) => PART_WEARERS.has(t.word) || this.deviceStems.has(t.stem) || this.isPowerPart(tokens, after + 1 + k));
  }

  /** Whether the hazard at `hit` is "on fire" said of a person or a thing no device is (see FIGURATIVELY_ON_FIRE). */
  private onFireFiguratively(tokens: readonly Token[], hit: readonly number[]): boolean {
    const fire = hit.find((i) => tokens[i].word === 'fire');
    if (fire === undefined || tokens[fire - 1]?.word !== 'on' || hit.some((i) => i !== fire && i !== fire - 1)) return false;
    let j = beforeSofteners(tokens, fire - 1, LITERALLY);
    if (j >= 0 && BE.has(tokens[j].word)) j--;
    // "I have been on fire", "she's been on fire all week"
    if (j >= 0 && tokens[j + 1].word === 'been' && HAVE.has(tokens[j].word)) j--;
    return j >= 0 && FIGURATIVELY_ON_FIRE.has(tokens[j].word);
  }

  /** Whether the danger at `hit` is told of a part of the device or of its supply (see PART_BEFORE). */
  private toldOfAPart(tokens: readonly Token[], hit: readonly number[], otherThing: ReadonlySet<string>): boolean {
    // (A place is no part, though "house" and "housing" share a stem.)
    const place = this.heatOfPlace?.placeWords;
    const part = (i: number) => this.isPowerPart(tokens, i) || (this.deviceStems.has(tokens[i].stem) && !otherThing.has(tokens[i].stem) && !place?.has(tokens[i].word));
    // From the danger's own word, the first of the hit: the words a loose match took from nearby
    // ("it is" of "it is burning" from the sentence before) tell nothing of where it is.
    const at = hit[0];
    const bound = (t: Token) => t.punct || CLAUSE_TURNS.has(t.word);
    for (let i = at - 1; i >= Math.max(0, at - PART_BEFORE) && !bound(tokens[i]); i--) if (part(i)) return true;
    let afterWhereFrom = false;
    for (let i = at + 1; i <= Math.min(tokens.length - 1, at + PART_AFTER) && !bound(tokens[i]); i++) {
      // "a melted spot on the casing": on a part named right after, not "on the balcony under the camera".
      if (tokens[i].word === 'on') {
        let j = i + 1;
        while (j < tokens.length && ARTICLES_AND_OWNERS.has(tokens[j].word)) j++;
        if (j < tokens.length && part(j)) return true;
      }
      afterWhereFrom ||= FROM_PART.has(tokens[i].word);
      if (afterWhereFrom && part(i)) return true;
    }
    return false;
  }

  /** Whether `tokens[i]` plugs the device in or out (see PLUGGING). */
  private pluggingIt(tokens: readonly Token[], i: number): boolean {
    if (!PLUGGING.has(tokens[i].word)) return false;
    const next = tokens[i + 1];
    if (next === undefined) return false;
    if (next.word === 'it' || next.word === 'back') return true;
    // "when it's plugged in": the device's own plugging in, told of it.
    if (next.word === 'in' && tokens[i - 1]?.word === 'is' && tokens[i - 2]?.word === 'it') return true;
    // "plugged the C110 back in"; a spark when one "plugged the cam in" may be the plug's.
    const at = DETERMINERS.has(next.word) ? i + 2 : i + 1;
    return tokens[at] !== undefined && this.deviceStems.has(tokens[at].stem) && tokens[at + 1]?.word === 'back';
  }

  /**
   * Whether the part at `i` is told by where it enters the device: "where the cable goes in", "where
   * the lead goes into the back of the C110", "where the cable goes through" name the device's own
   * port, unlike "where the adapter goes into the wall" or "where the cable goes through the wall".
   */
  private entersTheDevice(tokens: readonly Token[], i: number): boolean {
    const through = tokens[i + 2]?.word === 'through';
    if (!LEADS.has(tokens[i].word) || !GOES.has(tokens[i + 1]?.word ?? '') || !(through || IN.has(tokens[i + 2]?.word ?? ''))) return false;
    let j = i + 3;
    while (j < tokens.length && DETERMINERS.has(tokens[j].word)) j++;
    if (j >= tokens.length || tokens[j].punct) return true;
    return through ? this.deviceStems.has(tokens[j].stem) : !this.isPowerPart(tokens, j);
  }

  /**
   * Whether `tokens[i]` names a power part. `plugIsDevice`: the device is a smart plug, whose own
   * body is no power part but the device. A wall the device hangs on is none either.
   */
  private isPowerPart(tokens: readonly Token[], i: number, plugIsDevice = false): boolean {
    const t = tokens[i];
    if (plugIsDevice && this.plugBodyStems.has(t.stem)) return false;
    if (hungOn(tokens, i) || powerNotAPart(tokens, i)) return false;
    this.powerStemsOnce ??= new Set(this.powerWords.flatMap((w) => this.matcher.phrase(w)?.stems ?? []));
    return this.powerStemsOnce.has(t.stem) || this.powerBeginnings.some((b) => t.word.startsWith(b));
  }

  /**
   * Whether the hazard is on the power supply: its clause names a power part, and no part of the
   * device stands nearer to the danger ("sparks at the outlet", "the camera blinks and the adapter
   * is hot", but "water got into the camera through the cable gland"). A device word close to a
   * power part only says whose the part is ("the camera adapter", "the adapter of my C200").
   * With no position (a temperature), a power part anywhere. `anyPart`: whether the clause names
   * a power part at all, wherever the device is named. `plugIsDevice`: see isPowerPart.
   */
  private onPowerPart(tokens: readonly Token[], hazard: Hazard, anyPart = false, plugIsDevice = false): boolean {
    const isPart = (i: number) => this.isPowerPart(tokens, i, plugIsDevice);
    const isDevice = (t: Token) => this.deviceStems.has(t.stem) || (plugIsDevice && this.plugBodyStems.has(t.stem));
    if (hazard.at.length === 0) return tokens.some((_, i) => isPart(i));
    let from = Math.min(...hazard.at);
    let to = Math.max(...hazard.at) + 1;
    // What a danger is likened to is not where it is: "way hotter than the wall", "warm like a charger".
    // (Whether a power part is named at all reads the whole clause.)
    const likened = !anyPart && LIKENED_TO.has(tokens[to - 1].word);
    const forward = (end: (t: Token) => boolean) => {
      if (!likened) while (to < tokens.length && !end(tokens[to]) && (anyPart || !LIKENED_TO.has(tokens[to].word))) to++;
    };
    while (from > 0 && !tokens[from - 1].punct) from--;
    forward((t) => t.punct);
    // A clause that names no part says "it": the part is the one its sentence names ("the charger,
    // the plug thing you charge it with, I couldn't keep my hand on it").
    if (!anyPart && !tokens.slice(from, to).some((t, k) => isPart(from + k) || isDevice(t))) {
      while (from > 0 && !SENTENCE_END.has(tokens[from - 1].word)) from--;
      forward((t) => SENTENCE_END.has(t.word));
    }
    const parts: number[] = [];
    // Where a part is only how the device was plugged in, or where a lead enters it, the danger is
    // not told of the part (unless it happens where plug meets socket); any part counts for `anyPart`.
    const atContact = hazard.at.some((h) => AT_THE_CONTACT.has(tokens[h].word));
    const toldOfPart = (i: number) => anyPart || ((atContact || !this.pluggingIt(tokens, i)) && !this.entersTheDevice(tokens, i));
    // (A part set aside is not where it is: "the camera itself, not the adapter, is hot".)
    for (let i = from; i < to; i++) if (isPart(i) && !setAside(tokens, i) && toldOfPart(i)) parts.push(i);
    if (parts.length === 0 || anyPart) return parts.length > 0;
    const distance = (i: number) => Math.min(...hazard.at.map((h) => Math.abs(h - i)));
    const power = Math.min(...parts.map(distance));
    for (let i = from; i < to; i++) {
      if (!isDevice(tokens[i]) || parts.some((p) => i - p <= OWNER_AFTER && p - i <= OWNER_BEFORE) || toldForItsLight(tokens, i)) continue;
      if (distance(i) < power) return false;
    }
    return true;
  }

  /**
   * Whether a sign is told of a power part: the nearest part its clause names before it is one
   * ("the extension lead got kicked"; "the adapter for the camera fell down", where the camera
   * only says whose adapter it is), not the device ("the C310 hangs by its cable").
   */
  toldOfPowerPart(tokens: readonly Token[], sign: Hazard): boolean {
    for (let i = Math.min(...sign.at) - 1; i >= 0 && !tokens[i].punct; i--) {
      if (this.isPowerPart(tokens, i)) return true;
      if (!this.deviceStems.has(tokens[i].stem)) continue;
      let owner = false;
      for (let j = i - 1; j >= Math.max(0, i - OWNER_AFTER) && !tokens[j].punct && !owner; j--) owner = this.isPowerPart(tokens, j);
      if (!owner) return false;
    }
    return false;
  }

  /** Every danger phrase the text names, in the order of the phrase list. */
  private *hazards(tokens: readonly Token[]): Generator<Hazard> {
    const candidates = new Set<number>();
    for (const t of tokens) for (const i of this.byFirstStem.get(t.stem) ?? []) candidates.add(i);
    if (candidates.size === 0) return;
    const excuse = (phrases: readonly Phrase[], into: Set<number>) => {
      for (const hit of this.harmlessMatcher.findAll(tokens, phrases, true)) for (const i of hit) into.add(i);
    };
    const said = this.harmlessWhen.filter((r) => this.matcher.saysAny(tokens, r.when, false));
    const excused = new Set<number>();
    excuse(this.harmless, excused);
    excuse(said.filter((r) => !r.notOfPowerParts && !r.notOfParts).flatMap((r) => r.harmless), excused);
    // Excused on conditions: where no power part is told ("soaked, but it's the outdoor one", not
    // "it's weatherproof but its plug got wet"), or where the danger is told of no part (a
    // barbecue's smoke, not "a barbecue, then smoke came out of the adapter").
    const conditional = said
      .filter((r) => r.notOfPowerParts || r.notOfParts)
      .map((r) => {
        const at = new Set<number>();
        excuse(r.harmless, at);
        return { at, rule: r };
      });
    // The words of that other thing name no part of the device: the grill of a barbecue.
    const otherThing = new Set(said.filter((r) => r.notOfParts).flatMap((r) => r.whenStems));
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const { phrase, onPowerPartOnly, exact } = this.triggers[index];
      for (const hit of this.matcher.find(tokens, phrase, exact)) {
        if (hit.some((i) => (tokens[i].negated && !phrase.ownNegation) || excused.has(i) || this.notDangerWords.has(tokens[i].word)) || this.saidOfPlace(tokens, hit) || this.burntOutOfPerson(tokens, hit) || this.onFireFiguratively(tokens, hit)) continue;
        const hazard = { words: hit.map((i) => tokens[i].surface), at: hit };
        const excusedHere = conditional.some(
          ({ at, rule }) => hit.some((i) => at.has(i)) && !(rule.notOfPowerParts && this.onPowerPart(tokens, hazard, true)) && !(rule.notOfParts && this.toldOfAPart(tokens, hit, otherThing)),
        );
        if (excusedHere) continue;
        if (!onPowerPartOnly || this.onPowerPart(tokens, hazard, true)) yield hazard;
      }
    }
  }

  /** The danger phrase found, or null when nothing in the text is a hazard. */
  detect(tokens: readonly Token[]): Hazard | null {
    for (const hazard of this.hazards(tokens)) return hazard;
    return null;
  }

  /** Every danger phrase the text names, in the order of the phrase list; none when nothing in it is a hazard. */
  detectAll(tokens: readonly Token[]): Hazard[] {
    return [...this.hazards(tokens)];
  }

  /**
   * Whether the danger is on the power supply: any of `hazards` (the dangers the text names) is in
   * a clause with a power part ("a funny burning smell ... the adapter looks discoloured").
   * `plugIsDevice`: the device is a smart plug, so "the P110 plug sparked" is the device's damage.
   */
  onPowerSupply(tokens: readonly Token[], hazards: readonly Hazard[], plugIsDevice = false): boolean {
    return hazards.some((hazard) => this.onPowerPart(tokens, hazard, false, plugIsDevice));
  }
}
