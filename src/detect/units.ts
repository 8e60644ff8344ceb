// A segment's text cut into units: sentences within lines. A table row is one
// line (see extract/table.ts), so it is one unit however many "sentences" its
// cells hold. "About a person" means: in the same unit as a person.
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

/**
 * Joins hard-wrapped lines of plain-text paragraphs: a line break inside a sentence (not after
 * its end, a colon, a pipe or a quote marker, and before a lower-case letter or a bracket)
 * becomes a space. Offsets do not change. A loop over the breaks: the same as a regular
 * expression, which tries every position of the text.
 */
export function unwrapParagraphs(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\n', 1); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (KEEPS_BREAK.has(text.charCodeAt(at - 1))) continue;
    const next = text.codePointAt(at + 1);
    if (next === undefined || !CONTINUES_SENTENCE.test(String.fromCodePoint(next))) continue;
    out += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Line `line` of a text whose line starts splitUnits gave, without its line break. */
export function lineText(text: string, lineStarts: number[], line: number): string {
  return text.slice(lineStarts[line], (lineStarts[line + 1] ?? text.length + 1) - 1);
}

/** Index of the unit containing `offset` (binary search over sorted units). */
export function unitIndexAt(units: Unit[], offset: number): number {
  return lastStartingBy(units, offset);
}

