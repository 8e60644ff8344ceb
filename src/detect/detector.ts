// Detection over a whole extracted message: identifiers, names, special-category
// and child-sensitive terms about a person, bulk records, executables, encrypted
// and unscannable parts, passwords beside encrypted content.
import type { ExtractedMessage, Finding, FindingCategory, FindingType } from '../types';
import { CHILD_SENSITIVE, SPECIAL_CATEGORIES, STRONG_IDENTIFIERS, WEAK_IDENTIFIERS } from '../types';
import { distinctPeople, fullKeyOf, fullNamesByGiven, initialsOf } from './about';
import type { ContextKind } from './context';
import { scanIdentifiers, type IdentifierHit } from './identifiers/scan';
import { maskEmail, maskIdentifier, maskTerm } from './mask';
import { findNames, fold, type NameLexicon, type NameSpan } from './names';
import { normaliseText } from './normalise';
import { findPasswords } from './passwords';
import { TermText, type TermIndex } from './term-index';
import { findSensitive, namedInRole, peopleSpokenOf, type LinkKind, type SensitiveHit, type SensitiveOptions, type VocabularySet } from './sensitive';
import { labelTextTables } from './text-tables';
import { splitUnits, unitIndexAt, unwrapParagraphs, type Unit } from './units';

export interface DetectorData {
  vocabularies: VocabularySet;
  references: TermIndex;
  lexicon: NameLexicon;
  /** Distinct people (or strong identifiers) from which records count as bulk. */
  bulkMinPeople: number;
}

export interface Detection {
  findings: Finding[];
  /** Distinct people seen in record rows, for explanations. */
  bulkPeople: number;
}

interface SegmentResult {
  where: string;
  /** The text as detected (normalised, tables labelled): what the spans' offsets refer to. */
  text: string;
  identifiers: IdentifierHit[];
  sensitive: SensitiveHit[];
  /** For each sensitive hit, its sentence or row as written, spaces and case aside: what makes two mentions one. */
  sentenceKeys: string[];
  /** For each sensitive hit, the key of the named person it is about, when its link is a name. */
  about: (string | undefined)[];
  names: NameSpan[];
  recordPeople: Set<string>;
}

const STRONG = new Set<string>(STRONG_IDENTIFIERS);
const SPECIAL = new Set<string>(SPECIAL_CATEGORIES);
const CHILD = new Set<string>(CHILD_SENSITIVE);
const WEAK = new Set<string>(WEAK_IDENTIFIERS);
const RECORD_LINE_MAX = 240;
const PERSON_IDENTIFIERS = new Set<string>(['nhs_number', 'ni_number', 'upn', 'uln', 'passport_number', 'driving_licence', 'utr']);

export function categoryOf(type: FindingType): FindingCategory | 'weak_identifier' {
  if (STRONG.has(type)) return 'identifier';
  if (SPECIAL.has(type)) return 'special_category';
  if (CHILD.has(type)) return 'child_sensitive';
  if (WEAK.has(type)) return 'weak_identifier';
  return 'message';
}

export function detectMessage(message: ExtractedMessage, data: DetectorData): Detection {
  // The subject line is read after the rest: "Subject: EHCP review" above a short body about
  // Kieran Doyle is his, which only the body can tell.
  const others = message.segments.map((s) => (s.where === 'subject' ? null : detectSegment(s.where, s.text, data)));
  const subjectOfOnePerson = others.includes(null) && bodySpeaksOfOnePerson(message, others.filter((r): r is SegmentResult => r !== null));
  const results = message.segments.map((s, i) => others[i] ?? detectSegment(s.where, s.text, data, { subjectOfOnePerson }));
  const findings: Finding[] = [];
  findings.push(...identifierFindings(results));
  findings.push(...sensitiveFindings(results));
  findings.push(...nameFindings(results));

  const people = new Set<string>();
  for (const r of results) for (const p of r.recordPeople) people.add(p);
  const strongValues = new Set<string>();
  for (const r of results) for (const h of r.identifiers) if (STRONG.has(h.type)) strongValues.add(`${h.type}:${h.value}`);
  const bulkCount = Math.max(people.size, strongValues.size);
  if (bulkCount >= data.bulkMinPeople) {
    findings.push({
      type: 'bulk_personal_data', category: 'message', count: bulkCount, confidence: 0.9,
      where: mostFrequentWhere(results, (r) => r.recordPeople.size),
      sample: `${bulkCount} people`,
      evidence: people.size >= strongValues.size
        ? `${people.size} distinct people in rows with identifiers, dates of birth or sensitive fields, or listed in a sentence with a sensitive term`
        : `${strongValues.size} distinct strong identifiers`,
    });
  }
  findings.push(...attachmentFindings(message));
  return { findings, bulkPeople: people.size };
}

/** A body this short is one matter, as its subject line says; a newsletter is longer. */
const SHORT_BODY_CHARS = 3000;

/**
 * The message's body is short and speaks of exactly one person who is not its sender (greetings,
 * people to contact and the sender's own sign-off aside).
 */
function bodySpeaksOfOnePerson(message: ExtractedMessage, results: SegmentResult[]): boolean {
  const body = results.filter((r) => r.where === 'body');
  if (body.length === 0 || body.some((r) => r.text.length > SHORT_BODY_CHARS)) return false;
  const senderTokens = new Set(fold(message.from?.name ?? '').split(/[^a-z]+/).filter((t) => t.length > 1));
  const people = new Set<string>();
  for (const r of body) {
    for (const n of peopleSpokenOf(r.text, r.names)) {
      // A given name alone counts only as what the message is about ("can we talk about Kai?", "the consent form for
      // Harvey") or said to be something ("I can confirm Kacper is registered"): alone it may be anyone greeted or thanked.
      if (n.kind === 'given' && !ABOUT_BEFORE.test(r.text.slice(Math.max(0, n.start - 24), n.start)) && !SUBJECT_OF_VERB_AFTER.test(r.text.slice(n.end, n.end + 12))) continue;
      // Staff named in their role ("Clerk: Mrs Dunn") are not whom the message is about.
      if (namedInRole(r.text, n)) continue;
      if (n.key.split(' ').some((t) => senderTokens.has(t))) continue;
      people.add(n.key);
    }
  }
  if (people.size > 0) return distinctPeople(people).length === 1;
  // With no name, one identifier of a person is one person ("Subject: Child protection conference" above "UPN A873402110070");
  // a bank account or card may be the organisation's own.
  const identifiers = new Set(body.flatMap((r) => r.identifiers.filter((h) => PERSON_IDENTIFIERS.has(h.type)).map((h) => `${h.type}:${h.value}`)));
  return identifiers.size === 1;
}

/** Before a given name that is what the message is about: "about Kai", "re: Kai", "the consent form for Harvey", "the conference for Millie". */
const ABOUT_BEFORE =
  /\b(?:about|regarding|concerning|re|(?:form|forms|paperwork|plan|report|referral|letter|application|assessment|review|appointment|meeting|conference|hearing|panel) for)\s*:?\s+$/i;
/** What a given name is ("Kacper is registered", "Kai has been referred"), not what they will do ("Kai will bring the forms"). */
const SUBJECT_OF_VERB_AFTER = /^(?:['’]s\b| (?:is|was|isn't|wasn't|has been|had been|hasn't been)\b)/;

function detectSegment(where: string, rawText: string, data: DetectorData, options: SensitiveOptions = {}): SegmentResult {
  // Quote markers of reply history ("> ") are dropped so quoted paragraphs unwrap like any other.
  const text = labelTextTables(unwrapParagraphs(withoutQuoteMarkers(normaliseText(rawText))));
  const { units, lineStarts } = splitUnits(text);
  const identifiers = scanIdentifiers(text, units, lineStarts);
  const names = findNames(text, data.lexicon);
  const strongSpans = identifiers.filter((h) => STRONG.has(h.type));
  const termText = new TermText(text);
  const sensitive = findSensitive(termText, units, lineStarts, data.vocabularies, {
    names,
    identifierSpans: strongSpans,
    references: data.references,
    addresses: [...identifiers.filter((h) => h.type === 'email_address'), ...webAddresses(text)],
  }, options);
  // One key per unit, shared by its hits: a long unit (a text without full stops) holds thousands.
  const keyOfUnit = new Map<number, string>();
  const sentenceKeys = sensitive.map((h) => {
    let key = keyOfUnit.get(h.unit);
    if (key === undefined) keyOfUnit.set(h.unit, (key = text.slice(units[h.unit].start, units[h.unit].end).replace(/\s+/g, ' ').trim().toLowerCase()));
    return key;
  });
  const byGiven = sensitive.some((h) => h.about?.kind === 'given') ? fullNamesByGiven(names) : new Map<string, string>();
  const about = sensitive.map((h) => fullKeyOf(h.about, byGiven));
  return { where, text, identifiers, sensitive, sentenceKeys, about, names, recordPeople: recordPeople(text, units, names, identifiers, sensitive) };
}

const QUOTE_MARKERS = /^(?:[ \t]*>)+[ \t]?/gm;
/** Most text quotes nothing: one search for ">" is far cheaper than trying the pattern at every line. */
const withoutQuoteMarkers = (text: string): string => (text.includes('>') ? text.replace(QUOTE_MARKERS, '') : text);

const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/gi;

function webAddresses(text: string): { start: number; end: number }[] {
  return [...text.matchAll(WEB_ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Between two names of a list written as a sentence: "Amy Hart, Tom Reed and Jo Ng". */
const NAME_LIST_SEPARATOR = /^\s*(?:,|;|&|and|,\s*and)\s*$/;
const MIN_NAME_LIST = 3;

/**
 * People in record-like units (table rows, short list lines) that pair a name
 * with a strong identifier, a date of birth or a sensitive field.
 */
function recordPeople(text: string, units: Unit[], names: NameSpan[], ids: IdentifierHit[], sensitive: SensitiveHit[]): Set<string> {
  const people = new Set<string>();
  const isRecord = (u: Unit): boolean => u.row || u.end - u.start <= RECORD_LINE_MAX;
  // Per unit, its full names in text order (the first is the record's person), whether it holds a detail, and its first strong identifier.
  const byUnit = new Map<number, { names: NameSpan[]; detail: boolean; id?: string }>();
  const entry = (i: number) => {
    let e = byUnit.get(i);
    if (!e) byUnit.set(i, (e = { detail: false, names: [] }));
    return e;
  };
  for (const n of names) if (n.kind !== 'given') entry(unitIndexAt(units, n.start)).names.push(n);
  // A sentence listing people a term is said of ("These pupils receive free school meals: Amy Hart,
  // Tom Reed, ...") is a record of each of them, however long it is. Each unit is read once, however many terms it holds.
  const listUnits = new Set(sensitive.filter((s) => s.link === 'name').map((s) => s.unit));
  for (const unit of listUnits) for (const n of longestNameList(text, byUnit.get(unit)?.names ?? [])) people.add(n.key);
  for (const h of ids) {
    if (STRONG.has(h.type) || h.type === 'date_of_birth') {
      const e = entry(h.unit);
      e.detail = true;
      if (STRONG.has(h.type) && !e.id) e.id = `${h.type}:${h.value}`;
    }
  }
  for (const s of sensitive) entry(s.unit).detail = true;
  for (const [i, e] of byUnit) {
    const key = e.names[0]?.key ?? e.id;
    if (key && e.detail && isRecord(units[i])) people.add(key);
  }
  return people;
}

/** The longest run of names joined only by commas and "and", when it holds at least MIN_NAME_LIST. */
function longestNameList(text: string, names: NameSpan[]): NameSpan[] {
  let best = { start: 0, end: 0 };
  for (let start = 0, i = 0; i < names.length; i++) {
    if (i > 0 && !NAME_LIST_SEPARATOR.test(text.slice(names[i - 1]!.end, names[i]!.start))) start = i;
    if (i + 1 - start > best.end - best.start) best = { start, end: i + 1 };
  }
  return best.end - best.start >= MIN_NAME_LIST ? names.slice(best.start, best.end) : [];
}

function identifierFindings(results: SegmentResult[]): Finding[] {
  const byType = new Map<string, { values: Set<string>; first: IdentifierHit; where: string; confidence: number; context: Map<ContextKind, string> }>();
  for (const r of results) {
    for (const h of r.identifiers) {
      const agg = byType.get(h.type) ?? { values: new Set(), first: h, where: r.where, confidence: 0, context: new Map() };
      agg.values.add(h.value);
      agg.confidence = Math.max(agg.confidence, h.confidence);
      if (h.context && !agg.context.has(h.context)) agg.context.set(h.context, h.keyword ?? '');
      byType.set(h.type, agg);
    }
  }
  return [...byType.entries()].map(([type, agg]) => ({
    type: type as FindingType,
    category: categoryOf(type as FindingType),
    count: agg.values.size,
    confidence: agg.confidence,
    where: agg.where,
    sample: type === 'email_address' ? maskEmail(agg.first.value) : maskIdentifier(agg.first.raw),
    evidence: `${agg.first.rule}${agg.context.size ? `; supported by ${contextWords(agg.context)}` : ''}`,
  }));
}

const CONTEXT_WORDS: Record<ContextKind, string> = { label: 'the label', nearby: 'the keyword nearby', column: 'the column header' };

/** 'the label "NHS No" and the column header "NHS Number"': what made a weak checksum count, as written. */
function contextWords(context: Map<ContextKind, string>): string {
  return [...context].map(([kind, keyword]) => `${CONTEXT_WORDS[kind]} "${keyword.replace(/\s+/g, ' ').trim().slice(0, 30)}"`).join(' and ');
}

const LINK_WORDS: Record<LinkKind, string> = {
  name: 'a named person in the same sentence or row',
  identifier: 'an identifier in the same sentence or row',
  reference: 'a reference to one person in the same sentence',
  pronoun: 'a named person in the sentence before',
  passage: 'a named person in the same paragraph',
  list: 'a list introduced by a line naming a person',
  heading: 'people listed under a heading that holds it',
  form: 'a form naming its subject',
  note: 'a short note headed by the name of the pupil it is about',
  subject: 'the one person the body of a short message speaks of (the term is in its subject line)',
  addressee: 'the named person a letter is addressed to, spoken to as "you"',
};

/**
 * One finding per type; its count is the distinct sentences and table rows that hold the type, so a
 * row "Ethnicity: White British" counts once although its header and its value both match, and a
 * sentence counts once although the message's text and HTML alternatives (or a quoted reply) repeat it.
 */
function sensitiveFindings(results: SegmentResult[]): Finding[] {
  const byType = new Map<string, { units: Set<string>; first: SensitiveHit; where: string; links: Set<LinkKind>; people: Set<string> }>();
  for (const r of results) {
    r.sensitive.forEach((h, i) => {
      if (!h.link) return;
      const agg = byType.get(h.type) ?? { units: new Set(), first: h, where: r.where, links: new Set(), people: new Set() };
      agg.units.add(r.sentenceKeys[i]!);
      agg.links.add(h.link);
      if (r.about[i]) agg.people.add(r.about[i]!);
      byType.set(h.type, agg);
    });
  }
  return [...byType.entries()].map(([type, agg]) => ({
    type: type as FindingType,
    category: categoryOf(type as FindingType),
    count: agg.units.size,
    confidence: agg.links.has('name') || agg.links.has('identifier') ? 0.85 : 0.7,
    where: agg.where,
    sample: maskTerm(agg.first.term),
    evidence: `term from the ${type} vocabulary${aboutWhom(agg.people)} linked to ${[...agg.links].map((l) => LINK_WORDS[l]).join(', ')}`,
  }));
}

/** " about A. H. and 2 others,": who the terms are about, by initials only. */
function aboutWhom(keys: Set<string>): string {
  const people = distinctPeople(keys);
  if (people.length === 0) return '';
  const [first] = people;
  const others = people.length - 1;
  return ` about ${initialsOf(first!)}${others ? ` and ${others} other${others > 1 ? 's' : ''}` : ''},`;
}

const NAME_WORDS: Record<Exclude<NameSpan['kind'], 'given'>, string> = {
  full: 'a given name and surname',
  titled: 'a title and surname or a pupil reference ("Mrs Hall", "Pupil A")',
  labelled: 'a labelled name ("Pupil: ...")',
};

function nameFindings(results: SegmentResult[]): Finding[] {
  const keys = new Set<string>();
  const kinds = new Set<Exclude<NameSpan['kind'], 'given'>>();
  let where = '';
  for (const r of results) for (const n of r.names) {
    if (n.kind === 'given') continue;
    if (!where) where = r.where;
    keys.add(n.key);
    kinds.add(n.kind);
  }
  if (keys.size === 0) return [];
  const first = [...keys][0];
  return [{
    type: 'person_name', category: 'weak_identifier', count: keys.size, confidence: 0.6, where,
    sample: initialsOf(first),
    evidence: `distinct people named by ${[...kinds].map((k) => NAME_WORDS[k]).join(', ')}`,
  }];
}

function attachmentFindings(message: ExtractedMessage): Finding[] {
  const findings: Finding[] = [];
  const add = (type: FindingType, list: typeof message.attachments, evidence: string, extra = 0): void => {
    if (list.length === 0 && extra === 0) return;
    findings.push({
      type, category: 'message', count: list.length + extra, confidence: 1,
      where: list[0]?.where ?? 'body', sample: list[0] ? maskFileName(list[0].name) : 'message body', evidence,
    });
  };
  add('executable_attachment', message.attachments.filter((a) => a.executable), 'executable or script by content or by name');
  const encrypted = message.attachments.filter((a) => a.encrypted);
  add('encrypted_content', encrypted, 'encrypted part recognised and not scanned', message.encryptedBody ? 1 : 0);
  const unscannable = message.attachments.filter((a) => a.unscannable);
  if (unscannable.length) {
    findings.push({
      type: 'unscannable', category: 'message', count: unscannable.length, confidence: 1, where: unscannable[0].where,
      sample: maskFileName(unscannable[0].name), evidence: unscannable[0].unscannable,
    });
  }
  if (encrypted.length || message.encryptedBody) {
    const passwords = new Set<string>();
    for (const s of message.segments) for (const p of findPasswords(normaliseText(s.text))) passwords.add(p);
    if (passwords.size) {
      findings.push({
        type: 'password_in_message', category: 'message', count: passwords.size, confidence: 0.9, where: 'body',
        sample: maskIdentifier([...passwords][0]), evidence: 'a password is given in the same message as encrypted content',
      });
    }
  }
  return findings;
}

/** File names can themselves name a person ("J Smith EHCP.pdf"): keep the extension and first letter. */
function maskFileName(name: string): string {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
  return `${name.slice(0, 1)}***${ext}`;
}

function mostFrequentWhere(results: SegmentResult[], weight: (r: SegmentResult) => number): string {
  let best = results[0]?.where ?? 'body';
  let bestWeight = -1;
  for (const r of results) {
    const w = weight(r);
    if (w > bestWeight) {
      best = r.where;
      bestWeight = w;
    }
  }
  return best;
}
