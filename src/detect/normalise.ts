// What the detector reads: characters that only look different are made the same,
// so "943 476 5919" is one number however a word processor spaced it. Everything
// downstream (spans, samples) works on this text.

/**
 * One class for every character replaced: typographic quotes ("Jehovah’s" = "Jehovah's"),
 * no-break, narrow, thin and other typographic spaces (Word and Outlook write U+00A0
 * between number groups), hyphens, dashes and the minus sign, invisible characters that
 * split a number or word without showing (zero-width spaces and joiners, soft hyphens),
 * and full-width digits.
 */
const LOOKALIKES = /[’‘ʼ\u00a0\u2000-\u200a\u202f\u205f\u3000\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u200b-\u200d\u2060\ufeff\u00ad\uff10-\uff19]/g;

function plain(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '’' || c === '‘' || c === 'ʼ') return "'";
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d) return '-';
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x00ad) return '';
  return ' ';
}

export function normaliseText(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text; // plain ASCII: nothing to do
  return text.replace(LOOKALIKES, plain);
}
