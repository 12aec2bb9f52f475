/**
 * Entities: numbers (recognizers-text), durations and relative dates (the English duration and
 * date extractors of recognizers-text), frequencies and blink counts built on them, a Tapo model
 * name, the device kind and a firmware version string.
 *
 * recognizers-text is accurate but slow (a full date-time model costs several ms per call), so
 * each recogniser runs only when a cheap test says the text may contain what it finds, and only
 * the extractors we need are built, once.
 */
import { Culture, recognizeNumber } from '@microsoft/recognizers-text-suite';
import {
  BaseDateExtractor,
  BaseDateParser,
  BaseDurationExtractor,
  BaseDurationParser,
  EnglishCommonDateTimeParserConfiguration,
  EnglishDateExtractorConfiguration,
  EnglishDateParserConfiguration,
  EnglishDurationExtractorConfiguration,
  EnglishDurationParserConfiguration,
} from '@microsoft/recognizers-text-date-time';
import type { DeviceKind } from '../content/schemas/ids';
import type { Entities } from './types';

const NUMBER_WORDS =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozen|once|twice|thrice|half|couple)\b/;
const DURATION_CUE = /\b(?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|hr|hrs|day|days|week|weeks|month|months|year|years|night|nights|moment)\b/;
const DATE_CUE = /\b(?:yesterday|today|tonight|ago|last|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|week)\b/;
const FIRMWARE = /\b(?:v|ver\.?\s*|version\s*)?(\d{1,2}\.\d{1,2}(?:\.\d{1,3}){1,2})(?:\s*(?:build|bld\.?)\s*(\d{6,8}))?(?:\s*rel\.?\s*\d+)?/i;
const FIRMWARE_LOOSE = /\b(?:firmware|fw|version|ver)\s*:?\s*v?(\d{1,2}\.\d{1,3})\b/i;
const TIMES = '(once|twice|thrice|\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:times?|x|blinks?|flashes?)?';
const FREQUENCY = new RegExp(`\\b${TIMES}\\s+(?:a|an|per|each|every)\\s+(second|sec|minute|min)\\b`, 'i');
const EVERY = /\b(?:every|each|once every|once each)\s+(\d+(?:\.\d+)?|one|two|three|four|five|couple of|few)?\s*(seconds?|secs?|minutes?|mins?)\b/i;
const BLINKS = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:quick\s+|short\s+|fast\s+|slow\s+|red\s+)*(?:blinks?|flashes?|times|pulses?)\b/i;
const SMALL: Record<string, number> = {
  once: 1, twice: 2, thrice: 3, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  'couple of': 2, few: 3,
};

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

export interface EntityConfig {
  models: readonly string[];
  /** Device kind by model id and by words ("doorbell"). */
  devices?: Partial<Record<DeviceKind, { words: readonly string[]; models: readonly string[] }>>;
}

export class EntityExtractor {
  private readonly modelRe: RegExp;
  private readonly modelDevice = new Map<string, DeviceKind>();
  private readonly deviceWords: [RegExp, DeviceKind][] = [];
  private readonly durationExtractor: BaseDurationExtractor;
  private readonly durationParser: BaseDurationParser;
  private readonly dateExtractor: BaseDateExtractor;
  private readonly dateParser: BaseDateParser;

  constructor(config: EntityConfig) {
    const models = [...new Set(config.models.map((m) => m.toUpperCase()))].sort((a, b) => b.length - a.length);
    // "c200", "C-200", "tapo c 200", "c520 ws"; models are matched longest first.
    const alternation = models.map((m) => m.replace(/^([A-Z]+)(\d+)([A-Z]*)$/, (_s, a: string, d: string, b: string) => `${a}[\\s-]?${d}${b ? `\\s?${b}` : ''}`)).join('|');
    this.modelRe = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation || 'a^'})(?![\\p{L}\\p{N}])`, 'iu');
    const kinds = config.devices ?? {};
    for (const [kind, d] of Object.entries(kinds) as [DeviceKind, { words: readonly string[]; models: readonly string[] }][]) {
      for (const m of d.models) this.modelDevice.set(m.toUpperCase(), kind);
      // Longer phrases first so "battery camera" wins over "camera".
      for (const w of d.words) this.deviceWords.push([new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]*')}s?\\b`, 'i'), kind]);
    }
    this.deviceWords.sort((a, b) => b[0].source.length - a[0].source.length);
    const common = new EnglishCommonDateTimeParserConfiguration(false);
    this.durationExtractor = new BaseDurationExtractor(new EnglishDurationExtractorConfiguration());
    this.durationParser = new BaseDurationParser(new EnglishDurationParserConfiguration(common));
    this.dateExtractor = new BaseDateExtractor(new EnglishDateExtractorConfiguration(false));
    this.dateParser = new BaseDateParser(new EnglishDateParserConfiguration(common, false));
  }

  /** Runs every recogniser once so their regular expressions are compiled before the first user. */
  warmUp(): void {
    this.extract('c200 firmware 1.0.1 build 200101 blinks 3 times then a pause, twice a second, for 20 minutes since yesterday');
  }

  extract(text: string, now: Date = new Date()): Entities {
    const entities: Entities = {};
    let rest = text;

    const fw = FIRMWARE.exec(rest) ?? FIRMWARE_LOOSE.exec(rest);
    if (fw) {
      entities.firmware = fw[0].replace(/^(?:v|ver\.?|version|firmware|fw)\s*:?\s*/i, '').trim();
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
      for (const r of recognizeNumber(rest, Culture.English)) {
        const v = Number((r.resolution as { value?: string } | undefined)?.value);
        if (Number.isFinite(v)) numbers.push(v);
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
    if (frequencies.length > 0) entities.frequencies = frequencies;

    if (DURATION_CUE.test(lower)) {
      const durations: number[] = [];
      for (const e of this.durationExtractor.extract(rest, now)) {
        // "a second" in "twice a second" is a rate, not how long something lasted.
        if (freq && freq[0].includes(e.text.toLowerCase())) continue;
        if (every && every[0].toLowerCase().includes(e.text.toLowerCase())) continue;
        const parsed = this.durationParser.parse(e, now);
        const seconds = Number((parsed?.value as { futureValue?: unknown } | undefined)?.futureValue);
        if (Number.isFinite(seconds) && seconds > 0) durations.push(seconds);
      }
      if (durations.length > 0) entities.durations = durations;
    }

    if (DATE_CUE.test(lower)) {
      for (const e of this.dateExtractor.extract(rest, now)) {
        const parsed = this.dateParser.parse(e, now);
        if (parsed?.timexStr) {
          entities.since = parsed.timexStr;
          break;
        }
      }
    }
    return entities;
  }
}
