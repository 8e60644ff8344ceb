// What the detector reads: characters that only look different are made the same,
// so "943 476 5919" is one number however a word processor spaced it. Everything
// downstream (spans, samples) works on this text.

// Each class and what its characters become.
const QUOTES = '’‘ʼ'; // "Jehovah’s" = "Jehovah's"
/** No-break, narrow, thin and other typographic spaces (Word and Outlook write U+00A0 between number groups). */
const SPACES = '\u00a0\u2000-\u200a\u202f\u205f\u3000';
/** Hyphens, en and em dashes, the minus sign, and their small and full-width forms. */
const DASHES = '\u2010-\u2015\u2212\ufe58\ufe63\uff0d';
/** Invisible characters that split a number or a word without showing: zero-width spaces and joiners, soft hyphens. */
const INVISIBLE = '\u200b-\u200d\u2060\ufeff\u00ad';
/** Full-width ASCII ("ＡＤＨＤ", "１２３"), as East Asian input methods type it. */
const FULL_WIDTH = '\uff01-\uff5e';
/** Latin ligatures, as PDFs extract them ("diﬃculties", "ﬁts"). */
const LIGATURES = '\ufb00-\ufb06';

const LOOKALIKES = new RegExp(`[${QUOTES}${SPACES}${DASHES}${INVISIBLE}${FULL_WIDTH}${LIGATURES}]`, 'g');
const inClass = (chars: string) => new RegExp(`^[${chars}]$`);
const REPLACEMENTS: [RegExp, (c: string) => string][] = [
  [inClass(QUOTES), () => "'"],
  [inClass(SPACES), () => ' '],
  [inClass(DASHES), () => '-'],
  [inClass(INVISIBLE), () => ''],
  [inClass(FULL_WIDTH), (c) => String.fromCharCode(c.charCodeAt(0) - 0xff01 + 0x21)],
  [inClass(LIGATURES), (c) => c.normalize('NFKC')],
];

function plain(c: string): string {
  for (const [re, to] of REPLACEMENTS) if (re.test(c)) return to(c);
  return c;
}

export function normaliseText(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text; // plain ASCII: nothing to do
  return text.replace(LOOKALIKES, plain);
}
