/**
 * Entities: numbers (recognizers-text), durations and relative dates (the English duration and
 * date extractors of recognizers-text), frequencies and blink counts built on them, a Tapo model
 * name, the device kind and a firmware version string.
 *
 * recognizers-text is accurate but slow (a full date-time model costs several ms per call), so
 * each recogniser runs only when a cheap test says the text may contain what it finds, and the
 * packages are loaded and the extractors we need built, once, when a text first needs them
 * (about 150 ms; `warmUp()` does it ahead of time). The number recogniser and the date-time
 * package are the versions botbuilder-dialogs pins, so a bot process never holds two copies.
 */
import type { BaseDateExtractor, BaseDateParser, BaseDurationExtractor, BaseDurationParser } from '@microsoft/recognizers-text-date-time';
import type { DeviceKind } from '../content/schemas/ids';
import type { Entities } from './types';
import { DURATION_UNITS, escapeRegExp, spokenModels } from './text';

const NUMBER_WORDS =
  /\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozen|once|twice|thrice|half|couple)\b/;
/** Units the duration extractor reads ("night" and "moment" it does not: "all night" is no duration). */
const DURATION_CUE = new RegExp(`\\b(?:${DURATION_UNITS.join('|')})\\b`);
/**
 * Words and forms the date extractor reads as a day: "yesterday", "two days ago", "since monday",
 * "since march 3", "since 2.4.2025". "Last night", "since then" and "this morning" name no day.
 */
const DATE_CUE =
  /\b(?:yesterday|today|tonight|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|since\s+\d)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}\/\d{1,2}\b/;
/** Numbers written as words: these need recognizers-text; digits are read directly. */
const SPELLED_NUMBER = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|once|twice|thrice|half|couple)\b/;
const DIGITS = /(?<![\p{L}\p{N}.])\d+(?:\.\d+)?(?![\p{L}\p{N}]|\.\d)/gu;
const DIGIT_DURATION = new RegExp(`\\b(\\d+)\\s*(${DURATION_UNITS.join('|')})\\b`, 'g');
const SIMPLE_DURATIONS = /\b\d+\s*(?:sec|min|hr|hour|day|week|month|year)/;
const UNIT_SECONDS: Record<string, number> = {
  sec: 1, second: 1, min: 60, minute: 60, hr: 3600, hour: 3600, day: 86400, week: 604800, month: 2592000, year: 31536000,
};
const NUMBER_WORDS_G = new RegExp(NUMBER_WORDS.source, 'gi');
const DURATION_CUE_G = new RegExp(DURATION_CUE.source, 'gi');
const DATE_CUE_G = new RegExp(DATE_CUE.source, 'gi');
/**
 * A firmware version: an optional label ("firmware", "fw", "version", "ver."), an optional "v",
 * then what is kept, as written: "1.3.9 Build 230315 Rel.59017n" (the release may end in letters).
 */
const FIRMWARE = /(?<![\p{L}\p{N}.])(?:(?:firmware|fw|version|ver\.?)\s*:?\s*)?v?(\d{1,2}\.\d{1,2}(?:\.\d{1,3}){1,2}(?:\s*(?:build|bld\.?)\s*\d{6,8})?(?:\s*rel\.?\s*[\p{L}\p{N}]+)?)(?![\p{L}\p{N}])/iu;
/** A short version after a label: "firmware 1.3", "ver: v2.1". */
const FIRMWARE_LOOSE = /\b(?:firmware|fw|version|ver)\s*:?\s*v?(\d{1,2}\.\d{1,3})\b/i;
const TIMES = '(once|twice|thrice|\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:times?|x|blinks?|flashes?)?';
const FREQUENCY = new RegExp(`\\b${TIMES}\\s+(?:a|an|per|each|every)\\s+(second|sec|minute|min)\\b`, 'i');
const EVERY = /\b(?:every|each|once every|once each)\s+(\d+(?:\.\d+)?|one|two|three|four|five|couple of|few|half a|half)?\s*(seconds?|secs?|minutes?|mins?)\b/i;
/** A blink told by how long it is on and off: "on 1 sec, off 1 sec", "on for 0.2 s, off for 0.2 s". */
const ON_OFF = /\bon (?:for )?(\d+(?:\.\d+)?|a|one|two|half a) ?(?:s|secs?|seconds?)\b[^.!?]{0,12}?\boff (?:for )?(\d+(?:\.\d+)?|a|one|two|half a) ?(?:s|secs?|seconds?)\b/i;
const BLINKS = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:quick\s+|short\s+|fast\s+|slow\s+|red\s+)*(?:blinks?|flashes?|times|pulses?)\b/i;
const SMALL: Record<string, number> = {
  once: 1, twice: 2, thrice: 3, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  'couple of': 2, few: 3, a: 1, half: 0.5, 'half a': 0.5,
};

/**
 * The stretches of `text` around each match of `cue` (global regex), overlapping ones merged:
 * the recognisers' cost grows with the length of what they read.
 */
function windows(text: string, cue: RegExp, pad = 40): string[] {
  const spans: [number, number][] = [];
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const start = Math.max(0, m.index - pad);
    const end = Math.min(text.length, m.index + m[0].length + pad);
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else spans.push([start, end]);
    if (m[0].length === 0) cue.lastIndex++;
  }
  // Cut at word boundaries so no word is read half.
  return spans.map(([a, b]) => {
    while (a > 0 && /[\p{L}\p{N}]/u.test(text[a - 1])) a--;
    while (b < text.length && /[\p{L}\p{N}]/u.test(text[b])) b++;
    return text.slice(a, b);
  });
}

function count(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const w = word.toLowerCase();
  if (w in SMALL) return SMALL[w];
  const n = Number(w);
  return Number.isFinite(n) ? n : undefined;
}

function unitSeconds(unit: string): number {
  return /^m/i.test(unit) ? 60 : 1;
}

type NumberRecognizers = typeof import('@microsoft/recognizers-text-number');
type DateTimeRecognizers = typeof import('@microsoft/recognizers-text-date-time');

// The packages themselves are loaded on first need as well: loading them is a good part of the
// start-up time of the whole bot, and most messages never need them.
let numberRecognizers: NumberRecognizers | undefined;
let dateTimeRecognizers: DateTimeRecognizers | undefined;
/* eslint-disable @typescript-eslint/no-require-imports -- a synchronous load on first need */
const numberPackage = () => (numberRecognizers ??= require('@microsoft/recognizers-text-number') as NumberRecognizers);
const dateTimePackage = () => (dateTimeRecognizers ??= require('@microsoft/recognizers-text-date-time') as DateTimeRecognizers);
/* eslint-enable @typescript-eslint/no-require-imports */

interface DateTimeParts {
  durationExtractor: BaseDurationExtractor;
  durationParser: BaseDurationParser;
  dateExtractor: BaseDateExtractor;
  dateParser: BaseDateParser;
}

export interface EntityConfig {
  models: readonly string[];
  /** Device kind by model id and by words ("doorbell"). */
  devices?: Partial<Record<DeviceKind, { words: readonly string[]; models: readonly string[] }>>;
}

export class EntityExtractor {
  private readonly modelRe: RegExp;
  private readonly modelDevice = new Map<string, DeviceKind>();
  private readonly deviceWords: [RegExp, DeviceKind][] = [];
  private dateTime?: DateTimeParts;

  constructor(config: EntityConfig) {
    const models = [...new Set(config.models.map((m) => m.toUpperCase()))].sort((a, b) => b.length - a.length);
    // "c200", "C-200", "tapo c 200", "c520 ws", "two C110s"; models are matched longest first.
    const alternation = models.map((m) => m.replace(/^([A-Z]+)(\d+)([A-Z]*)$/, (_s, a: string, d: string, b: string) => `${a}[\\s-]?${d}${b ? `\\s?${b}` : ''}`)).join('|');
    this.modelRe = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation || 'a^'})(?:'?s)?(?![\\p{L}\\p{N}])`, 'iu');
    const kinds = config.devices ?? {};
    for (const [kind, d] of Object.entries(kinds) as [DeviceKind, { words: readonly string[]; models: readonly string[] }][]) {
      for (const m of d.models) this.modelDevice.set(m.toUpperCase(), kind);
      // Longer phrases first so "battery camera" wins over "camera".
      for (const w of d.words) this.deviceWords.push([new RegExp(`\\b${escapeRegExp(w).replace(/\s+/g, '[\\s-]*')}s?\\b`, 'i'), kind]);
    }
    this.deviceWords.sort((a, b) => b[0].source.length - a[0].source.length);
  }

  /** The duration and date recognisers, built on first use. */
  private parts(): DateTimeParts {
    if (!this.dateTime) {
      const {
        BaseDateExtractor,
        BaseDateParser,
        BaseDurationExtractor,
        BaseDurationParser,
        EnglishCommonDateTimeParserConfiguration,
        EnglishDateExtractorConfiguration,
        EnglishDateParserConfiguration,
        EnglishDurationExtractorConfiguration,
        EnglishDurationParserConfiguration,
      } = dateTimePackage();
      const common = new EnglishCommonDateTimeParserConfiguration();
      this.dateTime = {
        durationExtractor: new BaseDurationExtractor(new EnglishDurationExtractorConfiguration()),
        durationParser: new BaseDurationParser(new EnglishDurationParserConfiguration(common)),
        dateExtractor: new BaseDateExtractor(new EnglishDateExtractorConfiguration()),
        dateParser: new BaseDateParser(new EnglishDateParserConfiguration(common)),
      };
    }
    return this.dateTime;
  }

  /** Builds every recogniser and runs it once, so the first user who needs one does not wait for it. */
  warmUp(): void {
    this.extract('c200 firmware 1.0.1 build 200101 blinks three times then a pause, twice a second, for a few minutes since yesterday');
  }

  extract(text: string, now: Date = new Date()): Entities {
    const entities: Entities = {};
    let rest = spokenModels(text);

    const fw = FIRMWARE.exec(rest) ?? FIRMWARE_LOOSE.exec(rest);
    if (fw) {
      // The version itself, as written: the label and a leading "v" are not part of it.
      entities.firmware = fw[1].trim();
      rest = rest.replace(fw[0], ' ');
    }
    const model = this.modelRe.exec(rest);
    if (model) {
      entities.model = model[1].toUpperCase().replace(/[\s-]/g, '');
      rest = rest.replace(model[0], ' ');
    }
    const kindByModel = entities.model ? this.modelDevice.get(entities.model) : undefined;
    if (kindByModel) entities.device = kindByModel;
    else for (const [re, kind] of this.deviceWords) if (re.test(rest)) {
      entities.device = kind;
      break;
    }

    const lower = rest.toLowerCase();
    if (NUMBER_WORDS.test(lower)) {
      const numbers: number[] = [];
      if (SPELLED_NUMBER.test(lower)) {
        for (const w of windows(rest, NUMBER_WORDS_G, 12)) {
          const { Culture, recognizeNumber } = numberPackage();
          for (const r of recognizeNumber(w, Culture.English)) {
            const v = Number((r.resolution as { value?: string } | undefined)?.value);
            if (Number.isFinite(v)) numbers.push(v);
          }
        }
      } else {
        // Digits only: read them directly, recognizers-text would find the same.
        for (const m of lower.matchAll(DIGITS)) numbers.push(Number(m[0]));
      }
      if (numbers.length > 0) entities.numbers = numbers;
      const blinks = BLINKS.exec(lower);
      if (blinks) {
        const n = count(blinks[1]);
        if (n !== undefined && Number.isInteger(n) && n > 0 && n < 20) entities.blinkCount = n;
      }
    }

    const frequencies: number[] = [];
    const freq = FREQUENCY.exec(lower);
    if (freq) {
      const n = count(freq[1]);
      if (n !== undefined) frequencies.push(n / unitSeconds(freq[2]));
    }
    const every = EVERY.exec(lower);
    if (every && !freq) {
      const n = every[1] === undefined ? 1 : count(every[1]);
      if (n) frequencies.push(1 / (n * unitSeconds(every[2])));
    }
    const onOff = ON_OFF.exec(lower);
    if (onOff && frequencies.length === 0) {
      const period = (count(onOff[1]) ?? 0) + (count(onOff[2]) ?? 0);
      if (period > 0) frequencies.push(1 / period);
    }
    if (frequencies.length > 0) entities.frequencies = frequencies;

    if (DURATION_CUE.test(lower)) {
      const durations: number[] = [];
      const simple = SIMPLE_DURATIONS.test(lower) && !SPELLED_NUMBER.test(lower) && !/\b(?:a|an|half|few|couple)\s+(?:sec|min|hour|hr|day|week|month|year)/.test(lower);
      if (simple) {
        // "for 20 minutes", "2 hours": digits and a unit, read directly.
        for (const m of lower.matchAll(DIGIT_DURATION)) {
          const at = m.index ?? 0;
          if ((freq && freq.index !== undefined && at >= freq.index && at < freq.index + freq[0].length) || (every && every[0].includes(m[0]))) continue;
          durations.push(Number(m[1]) * UNIT_SECONDS[m[2].replace(/s$/, '')]);
        }
      }
      for (const e of simple ? [] : windows(rest, DURATION_CUE_G, 16).flatMap((w) => this.parts().durationExtractor.extract(w, now))) {
        // "a second" in "twice a second" is a rate, not how long something lasted.
        if (freq && freq[0].includes(e.text.toLowerCase())) continue;
        if (every && every[0].toLowerCase().includes(e.text.toLowerCase())) continue;
        const parsed = this.parts().durationParser.parse(e, now);
        const seconds = Number((parsed?.value as { futureValue?: unknown } | undefined)?.futureValue);
        if (Number.isFinite(seconds) && seconds > 0) durations.push(seconds);
      }
      if (durations.length > 0) entities.durations = durations;
    }

    if (DATE_CUE.test(lower)) {
      search: for (const w of windows(rest, DATE_CUE_G, 16)) {
        for (const e of this.parts().dateExtractor.extract(w, now)) {
          const parsed = this.parts().dateParser.parse(e, now);
          if (parsed?.timexStr) {
            entities.since = parsed.timexStr;
            break search;
          }
        }
      }
    }
    return entities;
  }
}
