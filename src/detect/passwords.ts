// A password given in the same message as the encrypted content it opens (rule D8).
// "Password: Maple2335#", "the password is Heron558!", "use the password we agreed: Larch47852".

// "pw" and "pass" only as labels before a colon or equals sign ("pw" also before "is"), and "code" and "key" only so at a line's start
// ("Code: 4471"): otherwise they are other words ("Sort code: 20-00-00"). And how the attachment opens ("To open
// the attachment use: Winter-Fox-19", "it opens with Fox-19").
const PASSWORD_LABEL =
  /\b(?:password|passcode|pass phrase|passphrase|passwd|pwd|pword|p\/w|PIN|code to open(?: it)?|(?:pw|pass)(?=\s*[:=])|pw(?= is\b)|opens? with|unlocks? with|(?:to open|to unlock)(?: it| the [a-z]+)?,? (?:use|enter|type))\b|(?<=^[ \t]*)(?:code|key)(?=\s*[:=])/gim;
const TOKEN_AFTER = /^[^\n\w]{0,3}(?:(?:is|was|will be|we agreed|agreed|as agreed|for (?:the |this |that |your )?(?:attached |encrypted |protected )?(?:zip|file|files|pdf|document|attachment|spreadsheet|workbook|folder|report|form|list)|to open(?: it| the \w+)?)[\s:,-]*){0,3}[:=\-–]?\s*["'“‘]?([^\s"'”’,;]{4,64})/i;
/**
 * The password named before its label: "use Heron558! as the password", "Heron558! is the password".
 * The label is searched for, and the words before it read from there: a pattern starting with the
 * token would be tried at every position of the text.
 */
const LABEL_AFTER_TOKEN = /\b(?:the|your|its)\s+(?:password|passcode|PIN)\b/gi;
const TOKEN_BEFORE = /(?:\b(?:use|enter|type|with)\s+["'“‘]?([^\s"'”’,;(]{4,64})["'”’]?\s+(?:as|for)|(?<![^\s"'“‘(])["'“‘]?([^\s"'”’,;(]{4,64})["'”’]?\s+is)\s+$/i;

/** Words that say how or when the password comes, not what it is. */
const NOT_A_PASSWORD =
  /^(?:separately|later|by|via|to|will|follow|follows|following|sent|send|sending|being|phone|text|sms|usual|below|above|attached|protected|required|needed|the|same|again|is|was|your|their|his|her|what|which|that|this|in|on|coming|shortly|soon|tomorrow|today|next|another|different|known|unchanged|changed|reset|expired|please|see|ask|call|contact|available|included|enclosed|hidden|encrypted|set|none|n\/a)$/i;

/**
 * Tokens that look like passwords: letters with digits or symbols, or mixed case, or a PIN of
 * 4 to 12 digits. After a colon or equals sign ("Password: sunshine") any word that is not about
 * how the password comes counts: the label says what it is.
 */
function looksLikeSecret(token: string, labelled: boolean): boolean {
  const t = token.replace(/[.)]+$/, '');
  if (t.length < 4 || NOT_A_PASSWORD.test(t)) return false;
  if (/^\d{4,12}$/.test(t) || labelled) return true;
  const hasDigit = /\d/.test(t);
  const hasLetter = /\p{L}/u.test(t);
  const hasSymbol = /[^\p{L}\d]/u.test(t);
  return (hasLetter && (hasDigit || hasSymbol)) || /\p{Ll}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu}/u.test(t);
}

export function findPasswords(text: string): string[] {
  const found: string[] = [];
  LABEL_AFTER_TOKEN.lastIndex = 0;
  for (let m = LABEL_AFTER_TOKEN.exec(text); m; m = LABEL_AFTER_TOKEN.exec(text)) {
    const before = TOKEN_BEFORE.exec(text.slice(Math.max(0, m.index - 90), m.index));
    const token = before?.[1] ?? before?.[2];
    if (token && looksLikeSecret(token, false)) found.push(token);
  }
  PASSWORD_LABEL.lastIndex = 0;
  for (let m = PASSWORD_LABEL.exec(text); m; m = PASSWORD_LABEL.exec(text)) {
    const after = TOKEN_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (!after) continue;
    const labelled = /[:=]/.test(after[0].slice(0, after[0].length - after[1].length));
    if (looksLikeSecret(after[1], labelled)) found.push(after[1]);
  }
  return found;
}
