// Runs every identifier recognizer over a text and keeps, for each span, the one
// type its checksum and its nearest label support.
import { findContext, type ContextKind, type ContextResult } from '../context';
import { RECOGNIZERS, negativeLabelsFor, type Recognizer } from './recognizers';
import type { Unit } from '../units';
import { firstIndexWhere } from '../sorted';
import { unitIndexAt } from '../units';

export interface IdentifierHit {
  type: Recognizer['type'];
  /** Canonical value, for counting distinct identifiers. */
  value: string;
  /** The text as written, masked for samples. */
  raw: string;
  start: number;
  end: number;
  confidence: number;
  context: ContextKind | null;
  /** The keyword that gave the context, as written ("NHS No"). */
  keyword: string | null;
  rule: string;
  unit: number;
}

export function scanIdentifiers(text: string, units: Unit[], lineStarts: number[], options: { digitWindows?: boolean } = {}): IdentifierHit[] {
  const candidates: (IdentifierHit & { distance: number })[] = [];
  const nearDigits = options.digitWindows === false ? wholeText(text) : digitWindows(text);
  // Labels are read with underscores as spaces ("NHS_Number", "patient_nhs_no" in an export):
  // the same length, so every offset holds.
  const labelText = text.includes('_') ? text.replace(/_/g, ' ') : text;
  for (const r of RECOGNIZERS) {
    const source = r.anchor ? wholeText(text) : nearDigits;
    const columns = new Map<number, ContextResult | null>();
    for (const m of matchesOf(r, source.text)) {
      m.index = source.originalOffset(m.index);
      const value = r.validate(m, text);
      if (!value) continue;
      const start = m.index;
      const end = start + m[0].length;
      const unit = unitIndexAt(units, start);
      const ctx = findContext({
        text: labelText, start, end, lineStarts, line: units[unit].line,
        keywords: r.keywords,
        negative: negativeLabelsFor(r.type),
        rowShape: r.rowShape,
        columns,
      });
      if (ctx === 'negative') continue;
      if (!ctx && (r.needsContext || r.needsContextFor?.(value, m[0]))) continue;
      candidates.push({
        type: r.type, value, raw: m[0], start, end, unit, rule: r.rule,
        confidence: ctx ? r.confidence.context : r.confidence.alone,
        context: ctx ? ctx.kind : null,
        keyword: ctx ? ctx.keyword : null,
        distance: ctx ? ctx.distance : Number.MAX_SAFE_INTEGER,
      });
    }
  }
  return resolveOverlaps(candidates);
}

/** A text to search, and where its offsets are in the segment's text. */
interface SearchText {
  text: string;
  originalOffset(offset: number): number;
}

const wholeText = (text: string): SearchText => ({ text, originalOffset: (offset) => offset });

/**
 * Every identifier pattern but the e-mail address's holds a digit, and none of its characters
 * (or the characters its look-arounds read) is further than this from one: the longest reach is
 * an IBAN's letters (34 characters and their spaces after its check digits).
 */
const DIGIT_REACH = 48;
const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/**
 * The stretches of text an identifier can be in: DIGIT_REACH around each run of digits, widened
 * to whitespace, joined by line breaks. No pattern matches a line break, and a line break reads
 * as the whitespace it stands for to every look-around, so the patterns find exactly what they
 * would in the whole text. Most prose has few digits: the patterns then read a small part of it.
 */
export function digitWindows(text: string): SearchText {
  const windows: { start: number; end: number }[] = [];
  const digits = /\d+/g;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    let start = Math.max(0, m.index - DIGIT_REACH);
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = Math.min(text.length, m.index + m[0].length + DIGIT_REACH);
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const covered = windows.reduce((n, w) => n + w.end - w.start, 0);
  if (covered > text.length / 2) return wholeText(text); // mostly numbers: joining saves nothing
  const starts: number[] = []; // each window's start in the joined text
  let joined = '';
  for (const w of windows) {
    if (joined) joined += '\n';
    starts.push(joined.length);
    joined += text.slice(w.start, w.end);
  }
  return {
    text: joined,
    originalOffset: (offset) => {
      const i = Math.max(0, firstIndexWhere(starts.length, (k) => starts[k]! > offset) - 1);
      return windows[i]!.start + offset - starts[i]!;
    },
  };
}

type Candidate = IdentifierHit & { distance: number };

/**
 * The pattern's matches, in order. With an anchor, the search starts only where a match
 * could hold the anchor character; it finds the same matches as a scan of the whole text.
 */
function* matchesOf(r: Recognizer, text: string): Generator<RegExpExecArray> {
  const re = r.pattern;
  re.lastIndex = 0;
  if (!r.anchor) {
    for (let m = re.exec(text); m; m = re.exec(text)) yield m;
    return;
  }
  let searched = 0; // matches before this point have been found
  for (let at = text.indexOf(r.anchor.char); at >= 0; at = text.indexOf(r.anchor.char, Math.max(at + 1, searched))) {
    re.lastIndex = Math.max(searched, at - r.anchor.maxBefore);
    const m = re.exec(text);
    if (!m) return;
    yield m;
    searched = m.index + m[0].length;
  }
}

/**
 * Where spans overlap (a 10-digit number valid as NHS and ULN), the closest label
 * wins, then confidence, then length. Overlaps are settled within clusters of
 * overlapping spans, so the cost stays linear in the number of hits.
 */
function resolveOverlaps(hits: Candidate[]): IdentifierHit[] {
  hits.sort((a, b) => a.start - b.start);
  const kept: IdentifierHit[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const settle = (): void => {
    cluster.sort((a, b) => a.distance - b.distance || b.confidence - a.confidence || b.end - b.start - (a.end - a.start));
    const chosen: Candidate[] = [];
    for (const h of cluster) if (!chosen.some((k) => h.start < k.end && h.end > k.start)) chosen.push(h);
    for (const { distance: _distance, ...hit } of chosen.sort((a, b) => a.start - b.start)) kept.push(hit);
    cluster = [];
  };
  for (const h of hits) {
    if (h.start >= clusterEnd && cluster.length) settle();
    cluster.push(h);
    clusterEnd = Math.max(clusterEnd, h.end);
  }
  if (cluster.length) settle();
  return kept;
}
