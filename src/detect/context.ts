// Supporting context for a match: a label just before it, a keyword nearby, or a
// column header above a contiguous block of similar values.
import { lineText } from './units';

export type ContextKind = 'label' | 'nearby' | 'column';

export interface ContextResult {
  kind: ContextKind;
  /** Characters between the keyword and the match; smaller is stronger. */
  distance: number;
  /** The keyword as written ("NHS No", "ULN"), for the finding's evidence: a label, never a value. */
  keyword: string;
}

const BEFORE = 120;
const AFTER = 40;
const LABEL_SPAN = 40;

const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globalCopies.set(re, g);
  }
  return g;
}

/** The last match in `text`: where it ends (-1 for none) and what it says. */
function lastMatch(re: RegExp, text: string): { end: number; text: string } {
  const g = globalCopy(re);
  g.lastIndex = 0;
  let last = { end: -1, text: '' };
  for (let m = g.exec(text); m; m = g.exec(text)) {
    last = { end: m.index + m[0].length, text: m[0] };
    if (m[0].length === 0) g.lastIndex++;
  }
  return last;
}

function firstMatch(re: RegExp, text: string): string | null {
  const g = globalCopy(re);
  g.lastIndex = 0;
  return g.exec(text)?.[0] ?? null;
}

export interface ContextQuery {
  text: string;
  start: number;
  end: number;
  lineStarts: number[];
  line: number;
  keywords: RegExp;
  /** Labels that say the value is something else (invoice, tracking number...). */
  negative?: RegExp;
  /** Lines that continue a column (they hold a value of the same shape). */
  rowShape?: RegExp;
  /** Per line, what the walk up a column found from it: shared by the queries of one recognizer over one text. */
  columns?: Map<number, ContextResult | null>;
}

/** Returns the context found, or null; 'negative' when the closest label names something else. */
export function findContext(q: ContextQuery): ContextResult | 'negative' | null {
  const before = q.text.slice(Math.max(0, q.start - BEFORE), q.start);
  const positive = lastMatch(q.keywords, before);
  if (q.negative) {
    const label = before.slice(-LABEL_SPAN);
    const negativeAt = lastMatch(q.negative, label).end;
    const labelPositiveAt = positive.end - (before.length - label.length);
    if (negativeAt >= 0 && negativeAt > labelPositiveAt) return 'negative';
  }
  if (positive.end >= 0) {
    const distance = before.length - positive.end;
    return { kind: distance <= LABEL_SPAN ? 'label' : 'nearby', distance, keyword: positive.text };
  }
  const after = firstMatch(q.keywords, q.text.slice(q.end, q.end + AFTER));
  if (after !== null) return { kind: 'nearby', distance: BEFORE, keyword: after };
  return q.rowShape ? columnContext(q) : null;
}

/**
 * The keyword in a header line above, with every line between holding a same-shaped value.
 * What a walk up from a line found is kept in `q.columns` for every line it passed, so a long
 * column is walked once, not once per value (which made a 20,000-line list quadratic).
 */
function columnContext(q: ContextQuery): ContextResult | null {
  const shape = q.rowShape as RegExp;
  const known = q.columns;
  const passed: number[] = [q.line];
  let result: ContextResult | null = null;
  for (let line = q.line - 1; line >= 0; line--) {
    const text = lineText(q.text, q.lineStarts, line);
    if (!text.trim()) continue;
    const keyword = firstMatch(q.keywords, text);
    if (keyword !== null) {
      result = { kind: 'column', distance: BEFORE, keyword };
      break;
    }
    if (!shape.test(text)) break;
    // From a same-shaped line up, the walk goes as it went from there before.
    if (known?.has(line)) {
      result = known.get(line) ?? null;
      break;
    }
    passed.push(line);
  }
  for (const line of passed) known?.set(line, result);
  return result;
}
