// Finds where any of many vocabulary terms (regular-expression fragments) match,
// without running one huge alternation at every position of the text.
//
// Each term's possible first characters (up to eight) are worked out from its
// syntax tree (@eslint-community/regexpp): "(?:type [12] )?diabet(?:es|ic)" can
// only start with "type 1 d", "type 2 d", "diabetes" or "diabetic". At a word start the text's next characters
// select the few terms that could match there, and only their (sticky) union is
// tried. Terms whose start cannot be bounded this way (a leading \d, a wide
// class) are searched the ordinary way. The positions found are exactly those
// where the union of all terms matches.
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { firstIndexWhere } from './sorted';

// Word characters as the vocabularies' boundaries define them (ASCII and Latin letters, digits),
// as explicit ranges: \p{L} in a case-insensitive Unicode pattern makes V8 several times slower.
const WORD_CHAR = String.raw`A-Za-z0-9\u00C0-\u024F`;

const isWordCode = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
/** isWordCode for every UTF-16 code unit: a table lookup is twice as fast as the comparisons in the per-character loop. */
const WORD_CODES = Uint8Array.from({ length: 0x10000 }, (_, c) => (isWordCode(c) ? 1 : 0));

/** The terms as one pattern bounded by non-word characters. */
export function termUnion(parts: string[], flags: string): RegExp | null {
  return parts.length ? new RegExp(String.raw`(?<![${WORD_CHAR}])(?:${parts.join('|')})(?![${WORD_CHAR}])`, flags) : null;
}

/**
 * Starts are keyed by up to eight characters: four are too few to tell terms from prose
 * ("on t", "with", "the " begin many terms and most sentences), and a key that still
 * matches sends the text to a regular expression.
 */
const KEY_CHARS = 8;
/** A term with more possible starts than this (at its shortest key) is cheaper to search the ordinary way. */
const MAX_STARTS = 48;
/** Keys are shortened, down to this, until a term's starts fit in MAX_STARTS. */
const MIN_KEY_CHARS = 4;
/** A character class wider than this is not expanded. */
const MAX_CLASS = 12;

interface Prefix {
  text: string;
  /** More characters may still be added (the prefix is shorter than KEY_CHARS and the term goes on). */
  open: boolean;
}

const closed = (prefixes: Prefix[]): Prefix[] => prefixes.map((p) => ({ text: p.text, open: false }));

/** The characters one element can match, when it is a single character or a small class. */
function charsOf(element: AST.Element, caseInsensitive: boolean): string[] | null {
  const fold = (code: number): string | null => {
    const c = String.fromCodePoint(code);
    const folded = caseInsensitive ? c.toLowerCase() : c;
    return folded.length === 1 ? folded : null;
  };
  const out = new Set<string>();
  if (element.type === 'Character') {
    const c = fold(element.value);
    return c === null ? null : [c];
  }
  if (element.type !== 'CharacterClass' || element.negate || element.unicodeSets) return null;
  for (const item of element.elements) {
    const [from, to] = item.type === 'Character' ? [item.value, item.value] : item.type === 'CharacterClassRange' ? [item.min.value, item.max.value] : [1, 0];
    if (to < from || to - from >= MAX_CLASS) return null;
    for (let code = from; code <= to; code++) {
      const c = fold(code);
      if (c === null) return null;
      out.add(c);
    }
  }
  return out.size > 0 && out.size <= MAX_CLASS ? [...out] : null;
}

interface Expansion {
  caseInsensitive: boolean;
  keyChars: number;
}

function extendElement(prefixes: Prefix[], element: AST.Element, how: Expansion): Prefix[] | null {
  const done = prefixes.filter((p) => !p.open);
  const open = prefixes.filter((p) => p.open);
  if (open.length === 0) return prefixes;
  switch (element.type) {
    case 'Assertion':
      return prefixes; // lookarounds and boundaries consume nothing
    case 'Group':
    case 'CapturingGroup': {
      const out = [...done];
      for (const alternative of element.alternatives) {
        const extended = extendSequence(open, alternative.elements, how);
        if (!extended) return null;
        out.push(...extended);
      }
      return out;
    }
    case 'Quantifier': {
      const once = extendElement(open, element.element, how);
      if (!once) return null;
      // After one repetition more may follow: what was found so far is still a true prefix.
      const taken = element.max > 1 ? closed(once) : once;
      return element.min === 0 ? [...done, ...open, ...taken] : [...done, ...taken];
    }
    default: {
      const chars = charsOf(element, how.caseInsensitive);
      if (!chars) return [...done, ...closed(open)];
      const out = [...done];
      for (const p of open) for (const c of chars) out.push({ text: p.text + c, open: p.text.length + 1 < how.keyChars });
      return out;
    }
  }
}

function extendSequence(prefixes: Prefix[], elements: AST.Element[], how: Expansion): Prefix[] | null {
  let current: Prefix[] | null = prefixes;
  for (const element of elements) {
    current = extendElement(current, element, how);
    if (!current || current.length > MAX_STARTS) return null;
  }
  return current;
}

/**
 * Every string a match of `term` can start with, each as long as the term allows up to
 * KEY_CHARS characters, or shorter keys where that would make too many; null when unbounded.
 */
export function termStarts(term: string, caseInsensitive: boolean): string[] | null {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser().parsePattern(term, 0, term.length, { unicode: true });
  } catch {
    return null; // compiled (and reported) with the whole union
  }
  for (let keyChars = KEY_CHARS; keyChars >= MIN_KEY_CHARS; keyChars--) {
    const starts = startsOf(pattern, { caseInsensitive, keyChars });
    if (starts !== 'too many') return starts;
  }
  return null;
}

function startsOf(pattern: AST.Pattern, how: Expansion): string[] | null | 'too many' {
  const out = new Set<string>();
  for (const alternative of pattern.alternatives) {
    const prefixes = extendSequence([{ text: '', open: true }], alternative.elements, how);
    if (!prefixes) return 'too many';
    if (prefixes.some((p) => p.text.length === 0)) return null;
    for (const p of prefixes) out.add(p.text);
  }
  return out.size <= MAX_STARTS ? [...out] : 'too many';
}

const FOLDS_APART = /[\u017F\u212A\u212B\u1E9E\u0130\u03C2\u1FBE]/;

/**
 * A text made ready for term lookups: lower-cased once and its possible term starts
 * found once, for every index asked about it (the detector asks four).
 */
export class TermText {
  readonly lower: string;
  /** Positions not preceded by a word character, ascending: the only places a term can start. */
  readonly candidates: Uint32Array;
  /**
   * Lower-casing changed the length ("İ"), which would misplace keys, or the text holds
   * letters that match others only under Unicode case folding (long s, Kelvin sign):
   * case-insensitive terms are then searched the plain way.
   */
  readonly plainOnly: boolean;

  constructor(readonly text: string) {
    this.lower = text.toLowerCase();
    const candidates = new Uint32Array(text.length);
    let count = 0;
    let afterWord = 0;
    for (let p = 0; p < text.length; p++) {
      if (afterWord === 0) candidates[count++] = p;
      afterWord = WORD_CODES[text.charCodeAt(p)]!;
    }
    this.candidates = candidates.subarray(0, count);
    this.plainOnly = this.lower.length !== text.length || FOLDS_APART.test(text);
  }
}

/** The terms sharing one start (their indices, ascending), and a bit for each owner (a vocabulary) that has one of them. */
interface StartGroup {
  union: RegExp;
  terms: number[];
  owners: number;
}

/** A term's owner: the index of the list (vocabulary) it came from, as a bit; past 31 lists, every owner shares the top bit. */
export const ownerBit = (owner: number): number => 1 << Math.min(owner, 31);
const ALL_OWNERS = -1;

/**
 * Every term start as a path in a trie over characters, held in flat arrays: walking the text's
 * characters from a candidate position reaches the groups of terms that can start there, and
 * stops at the first character no start continues with ("the co" where terms begin "the pupi").
 */
class StartTrie {
  /** Per UTF-16 code unit, its column in `next` (1 and up); 0 for a character no start holds. */
  readonly columnOf = new Uint16Array(0x10000);
  readonly columns: number;
  /** Per node and column, the next node; 0 (the root, never a target) where no start continues. */
  readonly next: Int32Array;
  /** Per node, 1 + the index in `groups` of the terms whose start ends there; 0 for none. */
  readonly groupOf: Int32Array;
  readonly groups: StartGroup[];

  constructor(starts: Map<string, StartGroup>) {
    let columns = 1;
    for (const start of starts.keys()) for (const c of start) if (this.columnOf[c.charCodeAt(0)] === 0) this.columnOf[c.charCodeAt(0)] = columns++;
    this.columns = columns;
    const edges = new Map<number, number>(); // node * columns + column -> node, while building
    const ends: [node: number, group: StartGroup][] = [];
    let nodes = 1;
    for (const [start, group] of starts) {
      let node = 0;
      for (let i = 0; i < start.length; i++) {
        const edge = node * columns + this.columnOf[start.charCodeAt(i)]!;
        let child = edges.get(edge);
        if (child === undefined) edges.set(edge, (child = nodes++));
        node = child;
      }
      ends.push([node, group]);
    }
    this.next = new Int32Array(nodes * columns);
    for (const [edge, child] of edges) this.next[edge] = child;
    this.groupOf = new Int32Array(nodes);
    this.groups = ends.map(([node, group], i) => {
      this.groupOf[node] = i + 1;
      return group;
    });
  }

  /** The groups (their indices) whose starts the text has at `at`, shortest first. TermIndex.walk inlines this for speed. */
  groupsAt(keyed: string, at: number): number[] {
    const found: number[] = [];
    for (let i = at, node = 0; i < keyed.length; i++) {
      const column = this.columnOf[keyed.charCodeAt(i)]!;
      if (column === 0 || (node = this.next[node * this.columns + column]!) === 0) break;
      if (this.groupOf[node] !== 0) found.push(this.groupOf[node]! - 1);
    }
    return found;
  }
}

export class TermIndex {
  private readonly trie: StartTrie;
  /** Terms without a bounded start, searched the ordinary way: a pass over the whole text each. */
  readonly unboundedTerms: string[] = [];
  private readonly unbounded: RegExp | null;
  /** The owners of the unbounded terms, and the terms' indices. */
  private unboundedOwners = 0;
  private readonly unboundedIndices: number[] = [];
  private readonly flags: string;
  /** The owner of each term (its list's index). */
  private readonly ownerOf: number[];
  /** Sticky unions of the few terms that can start at a position (null: none of the owner's), by the groups there: see matchAt. */
  private readonly unions = new Map<string, RegExp | null>();
  /** The plain union of every term (what this index stands in for; the benchmark's baseline). */
  readonly pattern: RegExp;

  /**
   * `owners`, when given, holds for each part the index of the list it came from: startsWithOwners
   * then tells, at each start, which lists can match there.
   */
  constructor(private readonly parts: string[], private readonly caseInsensitive: boolean, owners: number[] = []) {
    const flags = caseInsensitive ? 'iu' : 'u';
    this.flags = flags;
    this.ownerOf = parts.map((_, index) => owners[index] ?? 0);
    const grouped = new Map<string, { terms: number[]; owners: number }>();
    parts.forEach((part, index) => {
      const owner = ownerBit(this.ownerOf[index]!);
      const starts = termStarts(part, caseInsensitive);
      if (!starts) {
        this.unboundedTerms.push(part);
        this.unboundedIndices.push(index);
        this.unboundedOwners |= owner;
        return;
      }
      for (const start of new Set(starts)) {
        const group = grouped.get(start) ?? { terms: [], owners: 0 };
        group.terms.push(index);
        group.owners |= owner;
        grouped.set(start, group);
      }
    });
    this.trie = new StartTrie(new Map([...grouped].map(([start, group]) => [start, { ...group, union: termUnion(group.terms.map((i) => parts[i]!), `${flags}y`)! }])));
    this.unbounded = termUnion(this.unboundedTerms, `${flags}g`);
    this.pattern = termUnion(parts, `${flags}g`) ?? /(?!)/g;
  }

  /**
   * Ascending positions in [from, to) where some term matches (a start inside an earlier
   * match included). A match may run past `to`.
   */
  starts(prepared: TermText, from = 0, to = prepared.text.length): number[] {
    return this.walk(prepared, from, to, false).map((s) => s.at);
  }

  /**
   * The same positions, each with the owners (bits of the lists given to the constructor) that have
   * a term matching there: a list whose bit is not set has none.
   */
  startsWithOwners(prepared: TermText, from = 0, to = prepared.text.length): { at: number; owners: number }[] {
    return this.walk(prepared, from, to, true);
  }

  /** The starts; with `allOwners`, every start length is tried, not only up to the first that matches. */
  private walk(prepared: TermText, from: number, to: number, allOwners: boolean): { at: number; owners: number }[] {
    const { text, candidates } = prepared;
    // Every owner may match at a start found the plain way.
    if (prepared.plainOnly && this.caseInsensitive) return allStarts(this.pattern, text, from, to).map((at) => ({ at, owners: ALL_OWNERS }));
    const keyed = this.caseInsensitive ? prepared.lower : text;
    // The trie's arrays in locals: this loop visits every candidate position of the text.
    const { columnOf, next, columns, groupOf, groups } = this.trie;
    const found: { at: number; owners: number }[] = [];
    const n = text.length;
    for (let c = firstIndexWhere(candidates.length, (i) => candidates[i]! >= from); c < candidates.length && candidates[c]! < to; c++) {
      const p = candidates[c]!;
      let owners = 0;
      for (let at = p, node = 0; at < n; at++) {
        const column = columnOf[keyed.charCodeAt(at)]!;
        if (column === 0 || (node = next[node * columns + column]!) === 0) break;
        const g = groupOf[node]!;
        if (g === 0) continue;
        const group = groups[g - 1]!;
        if ((group.owners & ~owners) === 0) continue;
        group.union.lastIndex = p;
        if (group.union.test(text)) {
          owners |= group.owners;
          if (!allOwners) break;
        }
      }
      if (owners !== 0) found.push({ at: p, owners });
    }
    if (!this.unbounded) return found;
    const owners = new Map(found.map((s) => [s.at, s.owners]));
    for (const at of allStarts(this.unbounded, text, from, to)) owners.set(at, (owners.get(at) ?? 0) | this.unboundedOwners);
    return [...owners].map(([at, o]) => ({ at, owners: o })).sort((a, b) => a.at - b.at);
  }

  /** The match at each start in [from, to), as the union of all terms reports it. */
  spans(prepared: TermText, from = 0, to = prepared.text.length): { start: number; end: number }[] {
    const spans: { start: number; end: number }[] = [];
    for (const start of this.starts(prepared, from, to)) {
      const m = this.matchAt(prepared, start);
      if (m && m[0].length > 0) spans.push({ start, end: start + m[0].length });
    }
    return spans;
  }

  /**
   * The match at `at` of the union of all terms, or of one owner's terms, as that union would
   * report it (its first alternative that matches). Only the terms whose start the text has there
   * can match, so their union, in the terms' order, reports the same: it is far smaller than all
   * of them. Each such union is compiled once.
   */
  matchAt(prepared: TermText, at: number, owner = -1): RegExpExecArray | null {
    // Where lower-casing moved characters, keys cannot be read from the text: every term is a candidate.
    const plain = prepared.plainOnly && this.caseInsensitive;
    const groups = plain ? [] : this.trie.groupsAt(this.caseInsensitive ? prepared.lower : prepared.text, at);
    const key = `${owner}:${plain ? '*' : groups.join(',')}`;
    let union = this.unions.get(key);
    if (union === undefined) {
      if (this.unions.size >= MAX_UNIONS) this.unions.clear();
      const terms = plain ? this.parts.map((_, i) => i) : [...new Set([...this.unboundedIndices, ...groups.flatMap((g) => this.trie.groups[g]!.terms)])];
      const owned = terms.filter((i) => owner < 0 || this.ownerOf[i] === owner).sort((x, y) => x - y);
      union = owned.length ? termUnion(owned.map((i) => this.parts[i]!), `${this.flags}y`) : null;
      this.unions.set(key, union);
    }
    if (!union) return null;
    union.lastIndex = at;
    return union.exec(prepared.text);
  }
}

/** Compiled unions kept per index: the combinations of starts that prose meets are few. */
const MAX_UNIONS = 20_000;

function allStarts(re: RegExp, text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}
