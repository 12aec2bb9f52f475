import { z } from 'zod/v4';
import { CAUSE_IDS, COMMAND_IDS, DEVICE_KINDS, EVENT_IDS, PATTERN_IDS, causeId, faqId, text } from './ids';

const examples = z.array(text).min(3);
/** A synonym's variant: a phrase, or a word's beginning ("kuum*": four letters at least, the "*" last). */
const variant = text.refine((v) => !v.includes('*') || /^[^*]{4,}\*$/u.test(v), 'a word\'s beginning has four characters or more before its "*", and "*" only at the end');
const examplesFor = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.object(Object.fromEntries(ids.map((id) => [id, examples])) as { [K in T[number]]: typeof examples }).strict();
const partialFor = <T extends readonly [string, ...string[]], V extends z.ZodType>(ids: T, value: V) =>
  z
    .object(Object.fromEntries(ids.map((id) => [id, value.optional()])) as { [K in T[number]]: z.ZodOptional<V> })
    .strict();

/** Training utterances for the intent engine; quick-answer paraphrases live in faq.json. */
export const nluSchema = z
  .object({
    causes: examplesFor(CAUSE_IDS),
    patterns: examplesFor(PATTERN_IDS),
    events: examplesFor(EVENT_IDS),
    commands: examplesFor(COMMAND_IDS),
    outOfScope: examples,
    /**
     * More texts about other things (other gear's lights and updates, the router on its own,
     * everyday questions) that only the on-topic model learns to turn away: the other engines keep
     * outOfScope alone, as more negatives would tip their balance and reshuffle their answers.
     */
    offTopic: examples.optional(),
    /** Tapo model names the entity recogniser knows, e.g. "C200", "H100". */
    models: z.array(z.string().regex(/^[A-Z0-9]+$/)).min(5),
    /**
     * Descriptions that say nothing about a cause, a pattern or an event (vague, or the evidence is
     * denied: "there was no power cut"): negative examples for every classifier.
     */
    noEvidence: examples.optional(),
    /**
     * canonical words -> other ways to say them, other languages included ("electricity" -> "power",
     * "Stromausfall" -> "power outage"); variants are rewritten before anything else looks at the text.
     * A variant ending in "*" is a word's beginning, whatever ending follows ("kuum*": "kuuma", "kuumana").
     */
    synonyms: z.record(z.string().trim().min(1), z.array(variant).min(1)).optional(),
    /** Real words that appear in no example but must never be "corrected" into one ("fibre" is not "fire"). */
    vocabulary: z.array(text).optional(),
    /** Which causes an event is evidence for, when training the cause classifier. */
    eventCauses: partialFor(EVENT_IDS, z.array(causeId).min(1)).optional(),
    /**
     * Single words of which a text must name one for the event to count: a move needs a word for moving
     * ("moved", "took", "mounted"), since a place named in passing ("the camera in my mother's
     * living room") is no move. Events without a list count on the evidence alone.
     */
    eventWords: partialFor(EVENT_IDS, z.array(z.string().regex(/^\S+$/, 'one word')).min(1)).optional(),
    /** The quick answer about an event, for a question that only asks for help after telling of it ("... how do I sort it out?"). */
    eventAnswers: partialFor(EVENT_IDS, faqId).optional(),
    /** The quick answer about a pattern of the light, for a question about it that no entry matches in its words ("red that doesn't flash, what's that about?"). */
    patternAnswers: partialFor(PATTERN_IDS, faqId).optional(),
    /**
     * Other things with status lights of their own ("smoke alarm", "dishwasher", "traffic light"):
     * a question that names one and no camera, doorbell, model or Tapo asks about that thing's
     * light, so the quick answers about the device's light (`entries`) do not answer it.
     */
    otherLights: z
      .object({ things: z.array(text).min(1), entries: z.array(faqId).min(1) })
      .strict()
      .optional(),
    /**
     * A quick answer narrowed by what the question worries about: a question matched to `from`
     * that says one of `when` (word for word) asks `to` ("is wiping it back to factory risky?" asks
     * whether a reset is safe, not how to do one).
     */
    faqNarrowing: z.array(z.object({ from: faqId, to: faqId, when: z.array(text).min(1) }).strict()).optional(),
    /** More ways to ask each quick answer, by faq id; faq.json's own question and paraphrases are used too. */
    faq: z.record(faqId, examples).optional(),
    /**
     * Danger words beyond flow.safety.triggers, phrases that only look dangerous ("hot pink"), the
     * parts that carry the power (a hazard in the same clause is the power supply's, not the
     * device's), and danger words only on such a part (a buzzing adapter, not a buzzing motor).
     * `caution`: words that come near a danger without naming one ("warm", "a funny smell",
     * "condensation"); the bot asks the user to check for one, once, and carries on. `mild`: a
     * danger word softened ("a little warm"): no stop, but the check.
     * `deviceParts`: the device and its body ("camera", "casing"; the model names count too): a
     * hazard nearer one of them than to any power part in its clause is the device's ("water got
     * into the camera through the cable gland"). `plugBody`: a smart plug's own body ("plug",
     * "smart plug"): when the text names a smart plug's model, a hazard on one of them is the
     * device's, not its power supply's ("the P110 plug crackles").
     * `harmlessWhen`: danger words that are no danger in a text that also says one of `when`: rain
     * words on a device said to be weatherproof ("soaked, but it's the outdoor one"), burnt toast
     * where the smoke alarm went off; with `notOfPowerParts`, not when told of a power part (a
     * weatherproof camera's plug is not weatherproof); with `notOfParts`, not when told of a part
     * of the device or of its supply (a barbecue's smoke, but not smoke from the adapter after one).
     * `together`: danger said by a word of each group near one another, every pairing of them: a
     * heat word with an intensity ("way warmer", "warm enough to"), a smell word with a burning
     * thing ("a campfire kind of smell"), a swelling word with the battery or its cover; `inOrder`:
     * word after word, function words aside ("so warm", not "warm weekend, so we"). `about` names
     * the danger for whoever edits the lists.
     * `notDangerWords`: words as typed that are never a danger, though a danger word shares their
     * stem ("fired": an installer let go or an app started up, while "fire" is a danger).
     * `heatOfPlace`: heat words that are the weather's or a room's in a clause that names a place
     * and no part of the device, no power part and no touch ("it's so hot here, I'm melting").
     */
    safety: z
      .object({
        triggers: z.array(text),
        notDanger: z.array(text),
        notDangerWords: z.array(z.string().regex(/^\p{Ll}+$/u, 'one word in lower case')).optional(),
        powerParts: z.array(variant).optional(),
        powerPartTriggers: z.array(text).optional(),
        caution: z.array(text).optional(),
        deviceParts: z.array(text).optional(),
        plugBody: z.array(text).optional(),
        mild: z.array(text).optional(),
        harmlessWhen: z.array(z.object({ when: z.array(text).min(1), harmless: z.array(text).min(1), notOfPowerParts: z.boolean().optional(), notOfParts: z.boolean().optional() }).strict()).optional(),
        together: z
          .array(z.object({ about: z.string().min(1), words: z.array(z.array(text).min(1)).min(2).max(3), onPowerPartOnly: z.boolean().optional(), inOrder: z.boolean().optional() }).strict())
          .optional(),
        heatOfPlace: z.object({ heat: z.array(text).min(1), places: z.array(text).min(1), touch: z.array(text).min(1) }).strict().optional(),
      })
      .strict()
      .optional(),
    /**
     * Hardware by elimination: ways to say a fix was tried, per front (power, network, the
     * reset...), and that the trouble outlasted them ("still", "no luck"). Fixes on two or more
     * fronts and the light still red make the device itself the first thing to check.
     */
    elimination: z
      .object({
        fixes: z.record(z.string().regex(/^[a-z]+$/), z.array(text).min(1)),
        persists: z.array(text).min(1),
        /** Ways to say every usual fix was tried ("tried everything", "every step in your guide"): as good as fixes on two fronts. */
        everything: z.array(text).min(1).optional(),
        /** Ways to say the device came back after a fix ("went green", "rock solid since"): the front of a fix told so in the same step comes first. */
        recovers: z.array(text).min(1).optional(),
        /**
         * What a swap or a twin singles out: the device when its twins work on the same power and
         * network or the trouble stays with it when parts are swapped; the power supply when the
         * trouble follows a power part instead.
         */
        oddOneOut: z
          .object({ othersWork: z.array(text).min(1), shared: z.array(text).min(1), staysWithDevice: z.array(text).min(1), followsPowerPart: z.array(text).min(1), weakSignal: z.array(text).min(1) })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /**
     * Signs that the device itself is at fault, matched word for word: physical damage ("it fell
     * off the wall", "the wind bent the bracket", "came loose and was dangling") and trouble with
     * its memory card ("sd card error", "since I put a new 256 GB card in"); and phrases that only
     * look like them ("fell asleep", "kicked off"). Told on topic, they make the device itself the
     * first thing to check; told of one of `powerParts` (the parts a knock can befall: "the
     * extension lead got kicked", "the adapter fell down behind the radiator"), the power supply.
     */
    deviceFaults: z.object({ phrases: z.array(text).min(1), harmless: z.array(text), powerParts: z.array(text).optional() }).strict().optional(),
    /** How the owner's own guess at the cause opens a sentence ("must be", "I bet"): such a sentence counts less as evidence of a cause. */
    guesses: z.array(text).min(1).optional(),
    /**
     * A new source of power, matched word for word ("plugged it into the TV's USB port", "on an
     * extension lead", "a socket on a timer", "the adapter from my old router"). Told with a move,
     * the power supply comes first: the move changed what feeds the device, not only where it is.
     */
    newPowerSource: z.array(text).min(1).optional(),
    /**
     * A device's history told before today's trouble: a sentence set in the `past` (or naming a
     * year) that says the trouble was `mended` and says nothing of `now` tells no event of today's
     * trouble and no evidence of its cause ("in 2022 we changed router and I re-added it, all fine").
     */
    pastEpisode: z.object({ past: z.array(text).min(1), mended: z.array(text).min(1), now: z.array(text).min(1) }).strict().optional(),
    /**
     * Things other than the device, told word for word ("my phone screen is cracked", "I dropped my
     * phone"): their words are no evidence of the device's causes.
     */
    otherThings: z.array(text).min(1).optional(),
    /**
     * An appliance starting up each time the light goes red ("every time the kettle goes on",
     * "whenever the compressor kicks in", "every time he fires up the welder"): the moment, then the
     * appliance and its starting in either order. A big appliance on the same supply puts the power
     * supply first; one of `wifiInterferers` (a microwave) the network.
     */
    powerDraw: z
      .object({ when: z.array(text).min(1), appliances: z.array(text).min(1), starting: z.array(text).min(1), wifiInterferers: z.array(text).min(1).optional() })
      .strict()
      .optional(),
    /**
     * Power words told of the network's own boxes ("the router reboots at 4am", "the internet went
     * down for two days"): the network dropped, the device did not lose power. A word of
     * `powerWords` within a few words after one of `devices`, before a word of `breaks` or a
     * product's name, is no evidence of the device's power; it still counts for everything else.
     * So is a verb of `actsBefore` just before one of `devices` ("unplugged the router").
     */
    networkPower: z.object({ devices: z.array(text).min(1), powerWords: z.array(text).min(1), actsBefore: z.array(text).optional(), breaks: z.array(text) }).strict().optional(),
    /**
     * Other makers' products: a text about one of them, naming no Tapo device, is out of scope
     * whatever it says. `makers`: cameras and smart-home devices like ours ("arlo", "ring
     * doorbell"; ambiguous names go with their product, "blink camera"); `gear`: other things in
     * the home ("xbox", "roku"), which a text about our device often names in passing ("it's on a
     * strip with the TV and the Xbox"): the text is about one only when it is told of it;
     * `ownLines`: TP-Link's lines other than Tapo ("deco", "archer"): a text about one that names
     * no device of ours is about it, though it names TP-Link.
     */
    otherBrands: z.object({ makers: z.array(text), gear: z.array(text), ownLines: z.array(text).optional() }).strict().optional(),
    /** Words that name a kind of device ("doorbell", "hub"), and which models belong to which kind. */
    devices: partialFor(DEVICE_KINDS, z.object({ words: z.array(text), models: z.array(z.string().regex(/^[A-Z0-9]+$/)) }).strict()).optional(),
  })
  .strict();

export type Nlu = z.infer<typeof nluSchema>;
