// RTF to text with tables kept as rows. rtf-stream-parser tokenizes; this walks
// the tokens: destinations (fonts, styles, pictures, field codes) are skipped,
// \par ends a line, \cell and \row build table rows (rendered by table.ts).
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { Tokenize } from 'rtf-stream-parser';
import type { Token } from 'rtf-stream-parser/dist/src/tokenize';
import { renderTable } from '../table';

const DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'fldinst', 'themedata', 'colorschememapping', 'latentstyles',
  'datastore', 'xmlnstbl', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'mmathPr', 'filetbl',
  'revtbl', 'bkmkstart', 'bkmkend', 'nonshppict', 'shppict', 'blipuid', 'pgdsctbl', 'xmlopen', 'private',
]);
const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', '~': ' ',
  '-': '', _: '-', tab: '\t', emspace: ' ', enspace: ' ',
};

interface GroupState {
  skip: boolean;
  uc: number;
}

function tokensOf(content: Buffer): Promise<Token[]> {
  return new Promise((resolve, reject) => {
    const tokens: Token[] = [];
    Readable.from([content])
      .pipe(new Tokenize())
      .on('data', (t: Token) => tokens.push(t))
      .on('end', () => resolve(tokens))
      .on('error', reject);
  });
}

export async function extractRtf(content: Buffer): Promise<string> {
  if (!content.subarray(0, 6).toString('latin1').startsWith('{\\rtf')) throw new Error('not an RTF document');
  const tokens = await tokensOf(content);
  let codepage = 'cp1252';
  const stack: GroupState[] = [{ skip: false, uc: 1 }];
  let groupStart = false;
  let skipChars = 0;
  const out: string[] = [];
  let line = '';
  let cell = '';
  let row: string[] = [];
  let table: string[][] = [];
  let inTable = false;

  const flushTable = (): void => {
    if (table.length) out.push(renderTable(table));
    table = [];
  };
  const append = (text: string): void => {
    if (skipChars > 0) {
      const dropped = Math.min(skipChars, text.length);
      text = text.slice(dropped);
      skipChars -= dropped;
    }
    if (inTable) cell += text;
    else line += text;
  };

  for (const t of tokens) {
    const top = stack[stack.length - 1];
    if (t.type === 0) {
      stack.push({ ...top });
      groupStart = true;
      continue;
    }
    if (t.type === 1) {
      if (stack.length > 1) stack.pop();
      groupStart = false;
      continue;
    }
    const first = groupStart;
    groupStart = false;
    if (top.skip) continue;
    if (t.type === 3) {
      append(iconv.decode(t.data, codepage));
      continue;
    }
    const word = t.word;
    if (first && (word === '*' || DESTINATIONS.has(word))) {
      top.skip = true;
      continue;
    }
    switch (word) {
      case 'ansicpg':
        if (t.param && iconv.encodingExists(`cp${t.param}`)) codepage = `cp${t.param}`;
        break;
      case "'":
        append(iconv.decode(t.data ?? Buffer.alloc(0), codepage));
        break;
      case 'u':
        append(String.fromCharCode((t.param ?? 0) < 0 ? (t.param ?? 0) + 65536 : t.param ?? 0));
        skipChars = top.uc;
        break;
      case 'uc':
        top.uc = t.param ?? 1;
        break;
      case 'intbl':
        if (!inTable) {
          if (line.trim()) out.push(line);
          line = '';
        }
        inTable = true;
        break;
      case 'cell':
        row.push(cell.trim());
        cell = '';
        break;
      case 'row':
        table.push(row);
        row = [];
        inTable = false;
        break;
      case 'par':
      case 'line':
      case 'sect':
      case 'page':
        if (inTable) cell += ' ';
        else {
          flushTable();
          out.push(line);
          line = '';
        }
        break;
      default:
        if (word in SYMBOLS) append(SYMBOLS[word]);
    }
  }
  flushTable();
  if (line) out.push(line);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
