// What the detector reads: characters that only look different are made the same,
// so "943 476 5919" is one number however a word processor spaced it. Everything
// downstream (spans, samples) works on this text.

const QUOTES = /[’‘ʼ]/g; // "Jehovah’s" = "Jehovah's"
/** No-break, narrow, thin and other typographic spaces (Word and Outlook write U+00A0 between number groups). */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Hyphens, en and em dashes, the minus sign, and their small and full-width forms. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
/** Invisible characters that split a number or a word without showing: zero-width spaces and joiners, soft hyphens. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const FULL_WIDTH_DIGITS = /[\uff10-\uff19]/g;

export function normaliseText(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text; // plain ASCII: nothing to do
  return text
    .replace(QUOTES, "'")
    .replace(SPACES, ' ')
    .replace(DASHES, '-')
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}
