// A segment's text cut into units: sentences within lines. A table row is one
// line (see extract/table.ts), so it is one unit however many "sentences" its
// cells hold; so is a dated log entry. "About a person" means: in the same unit as a person.
import { LABELLED_ROW_START } from '../extract/table';
import { lastStartingBy } from './sorted';

export interface Unit {
  start: number;
  end: number;
  /** Index of the line this unit is on. */
  line: number;
  /** True for a header-labelled table row ("A: x | B: y"). */
  row: boolean;
  /** True for the column headers above such rows ("Name | Ethnicity | SEN"): they name kinds of data, not anyone's. */
  header?: boolean;
}

/** Cells are joined by " | "; looking for the "|" alone first is a much faster search. */
const hasCells = (line: string): boolean => line.includes('|') && line.includes(' | ');
const isRowLine = (line: string): boolean => hasCells(line) && LABELLED_ROW_START.test(line);
/**
 * An entry of a dated log, as CPOMS and chronologies export them ("15/03 - KP 10T - found vaping... 1 day internal."):
 * one entry, about its subject, however many sentences it holds.
 */
const LOG_ENTRY = /^\s*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?:,? \d{1,2}[:.]\d{2})?\s*[-–—|]\s/;

// A sentence ends at a full stop, question or exclamation mark before a capital or a digit, or at the
// end of the line; a semicolon ends a clause, which counts as a sentence ("All pupils will...; Mrs Lane has the forms").
const SENTENCE_END = /[.!?](?=\s+["'(\[]?[\p{Lu}\d])|[.!?]$|;(?=\s)/gu;

export function splitUnits(text: string): { units: Unit[]; lineStarts: number[] } {
  const units: Unit[] = [];
  const lineStarts: number[] = [];
  let pos = 0;
  // Soft-wrapped paragraphs (plain-text mail at 72-78 columns) are joined first,
  // so a sentence broken across two lines stays one unit.
  const lines = text.split('\n');
  lines.forEach((block, lineIndex) => {
    lineStarts.push(pos);
    const row = isRowLine(block);
    if (row) units.push({ start: pos, end: pos + block.length, line: lineIndex, row: true });
    else if (LOG_ENTRY.test(block)) units.push({ start: pos, end: pos + block.length, line: lineIndex, row: false });
    else if (hasCells(block) && !block.includes(': ') && isRowLine(lines[lineIndex + 1] ?? '')) {
      units.push({ start: pos, end: pos + block.length, line: lineIndex, row: false, header: true });
    } else {
      let from = 0;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(block); m; m = SENTENCE_END.exec(block)) {
        const end = m.index + 1;
        if (!isAbbreviation(block, m.index)) {
          units.push({ start: pos + from, end: pos + end, line: lineIndex, row: false });
          from = end;
        }
      }
      if (from < block.length) units.push({ start: pos + from, end: pos + block.length, line: lineIndex, row: false });
    }
    pos += block.length + 1;
  });
  return { units, lineStarts };
}

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Mx|St|No|Nos|e\.g|i\.e|etc|approx|Yr|ref|Ref|vs|Prof|Rev|Cllr|Dept|Tel)|\b\p{Lu})$/u;

function isAbbreviation(line: string, dotIndex: number): boolean {
  return line[dotIndex] === '.' && ABBREVIATIONS.test(line.slice(Math.max(0, dotIndex - 6), dotIndex));
}

/** After these a line break ends a sentence, a label or a quoted line, and is kept. */
const KEEPS_BREAK = new Set([...'\n.!?:|>'].map((c) => c.charCodeAt(0)));
const CONTINUES_SENTENCE = /^[\p{Ll}(]/u;
const MAY_CONTINUE_WRAPPED = /^[\p{Lu}\d"'‘“]/u;
/** Mail clients hard-wrap plain text at 60 to 80 columns, never much wider or narrower. */
const WRAP_MIN = 50;
const WRAP_MAX = 100;
/** A list item's marker at the start of its line: "- ", "• ", "2. ", "3) ". */
export const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+/;
/** A list item, a table row or a field ("- Tom", "2. Tom", "a | b", "Name: Tom") starts its own line, wrapped or not. */
const OWN_LINE = new RegExp(String.raw`${BULLET.source}|[|	]|^[\p{L} ]{1,30}:\s`, 'u');

/**
 * Joins hard-wrapped lines of plain-text paragraphs: a line break inside a sentence (not after
 * its end, a colon, a pipe or a quote marker) becomes a space. Before a lower-case letter or a
 * bracket it always does; before a capital or a digit ("...an allegation from Simone\nCampbell-Dyer")
 * only where the paragraph is hard-wrapped: its widest line is 50 to 100 characters, the next
 * line's first word would not have fitted on this one, and the next line is full too or ends the
 * paragraph. A list of names, one a line, is never that. Offsets do not change. A loop over the
 * breaks, each paragraph measured once: not a regular expression, which tries every position.
 */
export function unwrapParagraphs(text: string): string {
  let out = '';
  let from = 0;
  let paragraphStart = 0;
  let measured = { end: -1, width: 0 };
  for (let lineStart = 0, at = text.indexOf('\n', 1); at >= 0; lineStart = at + 1, at = text.indexOf('\n', at + 1)) {
    if (at === lineStart) {
      paragraphStart = at + 1;
      continue;
    }
    if (KEEPS_BREAK.has(text.charCodeAt(at - 1))) continue;
    const next = text.codePointAt(at + 1);
    if (next === undefined) continue;
    const nextChar = String.fromCodePoint(next);
    if (!CONTINUES_SENTENCE.test(nextChar)) {
      if (!MAY_CONTINUE_WRAPPED.test(nextChar) || at - lineStart < WRAP_MIN) continue;
      if (measured.end < lineStart) measured = measureParagraph(text, paragraphStart);
      if (!wrappedBefore(text, lineStart, at, measured)) continue;
    }
    out += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The end of the paragraph starting at `start` (at its blank line or the text's end), and its widest line. */
function measureParagraph(text: string, start: number): { end: number; width: number } {
  const blank = text.indexOf('\n\n', start);
  const end = blank < 0 ? text.length : blank;
  let width = 0;
  for (let lineStart = start; lineStart <= end; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    width = Math.max(width, lineEnd - lineStart);
    lineStart = lineEnd + 1;
  }
  return { end, width };
}

/**
 * The break at `at` ends a line cut by a hard wrap of width `width`, inside a paragraph of prose:
 * the next line's first word did not fit on it, and the next line is full too or ends the
 * paragraph (a short line with more lines after it is a list's: "...on the trip\nAmelia Hart\nTom Reed").
 */
function wrappedBefore(text: string, lineStart: number, at: number, measured: { end: number; width: number }): boolean {
  const { end, width } = measured;
  if (width < WRAP_MIN || width > WRAP_MAX) return false;
  const lineAt = (start: number): string => {
    const newline = text.indexOf('\n', start);
    return text.slice(start, newline < 0 ? end : Math.min(end, newline));
  };
  const cutBefore = (length: number, next: string): boolean => length + 1 + /^\S*/.exec(next)![0].length > width;
  const nextLine = lineAt(at + 1);
  const afterNext = at + 1 + nextLine.length + 1;
  return (
    cutBefore(at - lineStart, nextLine) &&
    (afterNext > end || cutBefore(nextLine.length, lineAt(afterNext))) &&
    !OWN_LINE.test(text.slice(lineStart, at)) &&
    !OWN_LINE.test(nextLine)
  );
}

/** Line `line` of a text whose line starts splitUnits gave, without its line break. */
export function lineText(text: string, lineStarts: number[], line: number): string {
  return text.slice(lineStarts[line], (lineStarts[line + 1] ?? text.length + 1) - 1);
}

/** Index of the unit containing `offset` (binary search over sorted units). */
export function unitIndexAt(units: Unit[], offset: number): number {
  return lastStartingBy(units, offset);
}

