/**
 * Is the text a question ("is reseting risky?", "how do i reset it") rather than a description
 * ("it blinks red since the storm")? Punctuation first, then how the sentence opens.
 */
import type { Token } from './preprocess';

const QUESTION_OPENERS = new Set([
  'what', 'whats', 'why', 'how', 'when', 'where', 'which', 'who', 'whom', 'whose', 'wat', 'wut', 'wher', 'whr', 'wht', 'hw', 'wot', 'wil', 'shud', 'wud', 'cud',
  'is', 'are', 'am', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'do', 'does', 'did',
  'may', 'might', 'shall', 'has', 'have', 'had', 'must', 'any', 'anyone', 'anybody',
]);
/** Openers that ask without a question mark: "tell me why...", "I want to know if...". */
const ASKING = [
  /\b(tell|show) me\b/,
  // A request for the steps: "walk me through resetting it", "steps to wipe the camera pls", "give me steps to reset".
  /\b(walk|talk|take|guide) me through\b/,
  /^(please |pls |plz )?(the )?(steps|instructions|procedure) (to|for|on)\b/,
  /\b(give|send) me (the |some )?(steps|instructions)\b/,
  /\b(want|need|like) to (know|understand|find out)\b/,
  /\bi wonder\b/,
  /\banything (i|we) (can|could|should) (try|do|check)\b/,
  /\bwondering\b/,
  /\bany (idea|ideas|tips|advice|suggestions?|steps|solutions?|fix|fixes)\b/,
  /\bexplain\b/,
  /\bis there (a|any) way\b/,
  /\b(how|where) (do|can|should|to)\b/,
  /\bwhat (does|do|is|should|if|happens|are)\b/,
  /^(por ?que|que|como|cuando|pourquoi|comment|quoi|warum|wie|was|perche|come|hoe|waarom|jak)\b/,
  // German and Dutch questions open with the verb: "ist ein Werksreset sicher", "kan ik de camera".
  /^(ist|sind|kann|konnen|soll|sollte|muss|darf|gibt es|kan|moet|mag|zal|heeft|hebben) (?!(niet|nicht|nie|kein|geen|mehr|meer|kaputt|stuk)\b)\w+/,
  // A question word later on, then a first person: "..., hoe verbind ik de camera", "..., como faço".
  /\b(how|where|hoe|comment|come|waar|wo|ou) (\w+ )?(ik|ich|je|yo|io|eu|jag|mam|se)\b/,
  /\b(je voudrais savoir|j aimerais savoir|quisiera saber|me gustaria saber|ich mochte wissen|vorrei sapere|gostaria de saber|ik wil graag weten)\b/,
  /\bwhat exactly\W*$/,
  // "..., qué hago", "que faire ?", "was soll ich tun": what do I do, asked at the end.
  /\b(que hago|que puedo hacer|que debo hacer|que faire|que dois je faire|was (soll|kann) ich tun|was tun|cosa (devo|posso) fare|cosa faccio|o que (eu )?faco|wat moet ik doen)\W*$/,
  // Thai asks with a word, not a mark: "ทำยังไงดี" (what should I do), "ได้ไหม" (can I), "ที่ไหน" (where).
  /(ยังไง|อย่างไร|ไหม|มั้ย|หรือเปล่า|ที่ไหน)/u,
  /\bwhats\b/,
  // Asked without a question mark or a comma before it: "changed the password why does it not connect".
  /\bwhy (does|do|is|are|did|would|will|can|has|have)\b/,
  /\bwhat (should |can |do )?(i|we) do\W*$/,
  /\b(now what|what now|what next|whats next)\W*$/,
  // A cry for help closing its own sentence: "... and my dad pulled the plug. help".
  /(^|[.!,;]\s*)(please |pls |plz )?help( me)?( please| pls| plz)?\W*$/,
  /(?<!\b(idea|idk|know|clue|dunno|sure|knows|tell) )\b(why|how)\W*$/,
  /\b(why not|how come|what gives|what steps|how (to )?fix|is (that|this|it) (bad|normal|ok|okay|a problem))\W*$/,
  // Opened by an auxiliary, a verb or a judgement later and no denial or report between: "could old
  // firmware be why it is red", "can new software fix it", "is wpa3 the reason", "do updates help".
  /^(could|can|would|will|might|may|should|does|do|is|are) (?!(not|no|never|been|a|an)\b)(?:(?!(not|no|never|but|and|then)\b)\w+ ){0,5}(be|fix|fixes|help|sort|solve|cure|cause|mean|stop|explain|the (reason|cause|problem)|to blame|safe|bad|normal)\b/,
  // "is red blinking on a tapo an error or just a normal thing": one thing or another, asked.
  /^(is|are|does|do) (?!(not|no|never)\b).{0,60}\bor (just |simply )?(a |an )?(normal|ok|okay|fine|expected|bad|an error|a fault)\b/,
  // An auxiliary before "I", "we" or "it" in the middle, no comma: "... 20 minutes should i unplug it", "after an outage do I restart".
  /\w \b(should|do|can|will|would|could|shall) (i|we)\b/,
  /\w \b(is|does|will|would|could|can|should) it (be |get |go )?(bricked|broken|dead|ruined|safe|normal|ok|okay|fine|bad|possible|worth|supposed|going to|damaged)\b/,
  // A condition, then the question: "if I update the camera will it stop", "if I reset it will it break".
  /^if\b.*\b(will|would|does|is|can) (i|it|the|my|that|this|they|we)\b/,
  // A search-box fragment: "solid red led meaning", "meaning of red and green".
  /\b(meaning|significado|signification|signifie|bedeutung|betekenis|significato|znaczenie|vyznam|semnificatie|betydelse)\W*$/,
  /^(the )?meaning of\b/,
  // Terse: "steady red no blink means what", "post blackout red blink steps", "which one to troubleshoot", "dead or not".
  /\bmeans? what\W*$/,
  /^(\S+ ){1,7}(?<!\b(the|all|those|these|your|my|of|following|followed) )steps\W*$/,
  /(^|[.!,;]\s*)(the )?(steps|instructions)( please| pls| plz)\W*$/,
  /\bwhich one (to|do|should|is(?! (better|best|cheaper)\b))\b/,
  /\bor not\W*$/,
  // A formal request: "Kindly advise the correct procedure for...", "Please confirm which adapter...", "I should be grateful to learn...".
  /(^|[.!?;]\s*)(?:(?:dear|hello|hi|good) [^.!?,]{0,25}[,.!]?\s*)?(?:please|kindly|pls) (?:could you |would you |do )?(?:describe|advise|explain|provide|confirm|tell|set out|outline|let me know|show|give|send|list|detail|clarify|inform|recommend|suggest|indicate|specify) (?:\w+ ){0,3}?(?:the|how|what|whether|if|which|why|when|me|us|on|a|an|my|our)\b/,
  /\bi (?:should|would) (?:be (?:grateful|obliged|glad|thankful)|like|appreciate)\b[^.!?]{0,40}?\b(?:learn|know|understand|explain|advise|advice|assurance|guidance|confirm|tell)\b|\bi wish to (?:enquire|inquire|know|ask|learn)\b/,
  // Voice typing drops the question mark: "... will it break anything", "what am i meant to do", "does that mean it's not getting power".
  /\w \b(?:will|would|could|can|does|is) it (?:break|damage|hurt|harm|wipe|delete|brick|ruin|matter|work)\b/,
  /\bis there (?:something|anything) (?:i|we) (?:should|can|could|need to|have to|must)\b/,
  /\bwhat am i (?:meant|supposed|expected) to do\b/,
  /\bdoes (?:that|this|it) mean (?:it|the|my|i|there)\b/,
  /\bis (?:it|the camera|the cam|the device|the hub) even (?:on|working|getting power|plugged in)\b/,
  // Asked on someone's behalf: "my mother-in-law is asking what the red light means".
  /\b(is asking|was asking|asked me|keeps asking|asks me) (what|why|how|whether|if)\b/,
];
/** Words that open a question only when followed by a subject: "is it", "can i", "does the". */
const SUBJECTS = new Set(['it', 'i', 'you', 'your', 'the', 'my', 'this', 'that', 'there', 'a', 'an', 'we', 'tapo', 'tplink', 'camera', 'cam', 'hub', 'plug', 'doorbell', 'device', 'resetting', 'updating', 'they']);
const AUX = new Set(['is', 'are', 'am', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'do', 'does', 'did', 'may', 'might', 'shall', 'has', 'have', 'had', 'must']);
/**
 * Words a question may open with before it asks: "hi, is it safe", "so how do I", "for how many
 * seconds", "quick question: where is".
 */
const LEAD_IN = new Set(['hi', 'hello', 'hey', 'ok', 'okay', 'so', 'and', 'but', 'also', 'please', 'pls', 'um', 'umm', 'uh', 'well', 'then', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'quick', 'question', 'sorry', 'excuse', 'me', 'thanks', 'yes', 'yeah', 'no', 'right', 'alright', 'just']);
const HAVE = new Set(['has', 'have', 'had']);
/** Auxiliaries that ask when a gerund follows ("would unplugging it help"); "is blinking red" tells. */
const MODALS = new Set(['can', 'could', 'should', 'would', 'will', 'do', 'does', 'did', 'may', 'might', 'must']);
const isGerund = (word: string) => word.length > 5 && word.endsWith('ing');
const REPORTED = new Set(['a', 'an', 'no', 'been', 'to', 'this', 'that']);
/** Question words that open a later clause as a question ("it shows offline, what can I do") when an auxiliary follows. */
const CLAUSE_OPENERS = new Set(['what', 'how', 'why', 'where']);
/** Pronouns after an auxiliary that make a later clause ask: "..., is that a problem", "..., do i need to". */
const PRONOUNS = new Set(['it', 'i', 'you', 'that', 'this', 'there', 'we', 'they', 'the', 'my', 'he', 'she']);
/** A question word asking at the very end, after the description: "it is off and nothing happens, why". */
const TRAILING = new Set(['why', 'how']);

/** Does the clause after the punctuation at `k` ask? */
function laterClauseAsks(tokens: readonly Token[], k: number): boolean {
  const [w, x] = [tokens[k + 1], tokens[k + 2]];
  if (w === undefined || w.punct) return false;
  if (x === undefined) return TRAILING.has(w.word);
  if (x.punct) return false;
  // "what can I do", "how do I"
  if (CLAUSE_OPENERS.has(w.word) && (AUX.has(x.word) || x.word === 'now' || x.word === 'next')) return true;
  // "is that a problem", "do i need to set it up again"
  if (AUX.has(w.word) && PRONOUNS.has(x.word)) return true;
  // "which one do i try first", "how long should i wait", "what adapter specs do i need"
  if (!CLAUSE_OPENERS.has(w.word) && w.word !== 'which') return false;
  for (let j = k + 3; j <= k + 5 && j + 1 < tokens.length && !tokens[j].punct; j++) {
    if (AUX.has(tokens[j].word) && PRONOUNS.has(tokens[j + 1].word)) return true;
  }
  return false;
}

/** Is the clause that starts at `words[i]` phrased as a question? */
function asks(words: readonly Token[], i: number): boolean {
  const first = words[i].word;
  const next = words[i + 1]?.word;
  // "had a blackout", "has no light": a report with its subject left out.
  if (HAVE.has(first) && next !== undefined && REPORTED.has(next)) return false;
  if (AUX.has(first)) return next !== undefined && (SUBJECTS.has(next) || (MODALS.has(first) && isGerund(next)) || words.length - i <= 6);
  // "when I plug it in it blinks" tells; "when should I", "when to call" asks.
  if (first === 'when') return next !== undefined && (AUX.has(next) || next === 'to');
  return QUESTION_OPENERS.has(first);
}

/** A clause that only leads in ("quick question", "hi there", "ok so"): it neither asks nor tells. */
export function onlyLeadsIn(words: readonly Token[]): boolean {
  return words.length > 0 && words.every((t) => t.punct || LEAD_IN.has(t.word) || t.word === 'there');
}

/**
 * Does the text open as a question ("what does solid red mean on my C200", "hi, is a reset safe")
 * rather than tell first and ask after ("it blinks red since the storm, any idea?")?
 */
function opensAsQuestion(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !t.punct);
  let i = 0;
  while (i < words.length - 1 && LEAD_IN.has(words[i].word)) i++;
  return words.length > 0 && asks(words, i);
}

export function isQuestion(normalised: string, tokens: readonly Token[]): boolean {
  if (normalised.includes('?') || normalised.includes('¿')) return true;
  if (!tokens.some((t) => !t.punct)) return false;
  if (opensAsQuestion(tokens)) return true;
  for (const re of ASKING) if (re.test(normalised)) return true;
  // A later clause: "the app says offline, what can I do", "it blinks red. why does it do that".
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k].punct && tokens[k].word !== '(' && laterClauseAsks(tokens, k)) return true;
  }
  return false;
}
