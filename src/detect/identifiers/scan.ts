// Runs every identifier recognizer over a text and keeps, for each span, the one
// type its checksum and its nearest label support.
import { findContext, type ContextKind } from '../context';
import { RECOGNIZERS, negativeLabelsFor, type Recognizer } from './recognizers';
import type { Unit } from '../units';
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

export function scanIdentifiers(text: string, units: Unit[], lineStarts: number[]): IdentifierHit[] {
  const candidates: (IdentifierHit & { distance: number })[] = [];
  for (const r of RECOGNIZERS) {
    for (const m of matchesOf(r, text)) {
      const value = r.validate(m, text);
      if (!value) continue;
      const start = m.index;
      const end = start + m[0].length;
      const unit = unitIndexAt(units, start);
      const ctx = findContext({
        text, start, end, lineStarts, line: units[unit].line,
        keywords: r.keywords,
        negative: negativeLabelsFor(r.type),
        rowShape: r.rowShape,
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
