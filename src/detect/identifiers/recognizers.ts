// One recognizer per identifier type: pattern, validator, context words and
// confidence. Checksums make a match possible; context makes it likely.
import { validateAccountDetails } from 'uk-modulus-check';
import type { StrongIdentifierType, WeakIdentifierType } from '../../types';
import {
  MRZ_LINE_LENGTH, hasKnownCardIssuer, isPlausiblePassport, isPlausibleSortCode, isValidDrivingLicence, isValidIban, isValidNhsNumber, isValidNino,
  isValidPaymentCard, isValidUln, isValidUpn, isValidUtr, passportMrzNumber,
} from './checksums';

export interface Recognizer {
  type: StrongIdentifierType | WeakIdentifierType;
  pattern: RegExp;
  /** Canonical value when the match is valid, else null. */
  validate(match: RegExpExecArray, text: string): string | null;
  keywords: RegExp;
  /** Without context the match is not reported (weak checksums: about 1 random number in 11 passes). */
  needsContext: boolean;
  /** For a match that needs context although its type usually does not (an unknown card issuer). */
  needsContextFor?(value: string, match: string): boolean;
  confidence: { alone: number; context: number };
  /** Same-shape values on a line, for column headers above a list. */
  rowShape?: RegExp;
  /** What the checksum or format rule is, in words for the finding's evidence. */
  rule: string;
  /**
   * A character every match holds, at most `maxBefore` characters from the match's start
   * (an address's "@"): the pattern is then run only near those characters, not over
   * every word of a text that has none.
   */
  anchor?: { char: string; maxBefore: number };
}

const digits = (s: string): string => s.replace(/\D/g, '');
/**
 * Not inside a word, a path or a decimal: a number may follow "No." (a point after a
 * letter: "NHS No.9434765919") but not a decimal point ("1.9434765919").
 */
const NUMBER_START = String.raw`(?<![\w\-/]|(?<![A-Za-z])\.)`;
// A quantity is not an identifier: "9434765919 pounds", "£9434765919".
const QUANTITY_AFTER = String.raw` ?(?:pounds|pence|euros|dollars|GBP|EUR|USD|people|patients|pupils|times|visits|miles|km|kg|bytes|words)\b`;
// Grouped 3-3-4 with spaces or hyphens, or with full stops throughout ("943.476.5919", as some systems print them).
const TEN_DIGITS = new RegExp(String.raw`(?<![£$€])${NUMBER_START}(?:\d{3}[ -]?\d{3}[ -]?\d{4}|\d{3}\.\d{3}\.\d{4})(?![\w\-/]|\.\d|${QUANTITY_AFTER})`, 'g');
const TEN_DIGIT_SHAPE = /(?<![\w])(?:\d{3}[ -]?\d{3}[ -]?\d{4}|\d{3}\.\d{3}\.\d{4})(?![\w])/;

// A UK number in national form as Ofcom allocates them: no 04 or 06 ranges ("0412 345 678" is an
// Australian mobile); London (02), mobiles (07) and 03 numbers have 11 digits, others 10 or 11.
const UK_NUMBER = /^0(?:[237]\d{9}|[1589]\d{8,9})$/;

// A postcode's letters as Royal Mail issues them: no Q, V or X first, no I, J or Z second, and only
// some letters after the district's digit ("QQ1 1QQ" and "ZZ99 9ZZ" are shapes, not postcodes).
const POSTCODE = /^[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2}$/;

// Dates as schools, MIS exports and forms write them: day first (03/04/2011, 3.4.11), ISO
// (2011-04-03), or with the month in words either side of the day (3rd April 2011, April 3, 2011).
// One separator throughout, so "3-4/2011" is not a date. Every form starts at a digit, so the
// pattern is tried only there: a month before the day is read by a look-behind from the day.
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const MONTH_WORD = '[A-Za-z]{3,9}';
const ORDINAL = '(?:st|nd|rd|th|ST|ND|RD|TH)?';
const YEAR = '(?:19|20)\\d{2}';
const DATE = new RegExp(
  String.raw`(?<![\w/]|\d[.-])(?:` +
    String.raw`(?<d>${DAY})(?<s>[/.-])(?<m>${MONTH})\k<s>(?<y>${YEAR}|\d{2})` +
    String.raw`|(?<iy>${YEAR})(?<is>[/.-])(?<im>${MONTH})\k<is>(?<id>${DAY})` +
    String.raw`|(?<nd>${DAY})${ORDINAL}(?: of| OF)? (?<nm>${MONTH_WORD})\.?,? (?<ny>${YEAR})` +
    String.raw`|(?<ud>${DAY})(?<=(?<![A-Za-z])(?<um>${MONTH_WORD})\.? \d{1,2})${ORDINAL},? (?<uy>${YEAR})` +
    String.raw`)(?![\w/]|[.-]\d)`,
  'g',
);
const DATE_SHAPE = new RegExp(String.raw`(?<![\w/])(?:${DAY}([/.-])${MONTH}\1(?:${YEAR}|\d{2})|${YEAR}([/.-])${MONTH}\2${DAY})(?![\w/])`);
const MONTH_NUMBERS = new Map<string, number>(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]),
);
const MONTH_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/**
 * A real calendar day, not after today, as YYYY-MM-DD (one person's birthday however it is
 * written); null otherwise. Two-digit years are in the latest past century.
 */
function birthDateOf(m: RegExpExecArray): string | null {
  const g = m.groups ?? {};
  const day = Number(g.d ?? g.id ?? g.nd ?? g.ud);
  const monthText = (g.m ?? g.im ?? g.nm ?? g.um).toLowerCase();
  if (!/^\d/.test(monthText) && !MONTH_WORDS.test(monthText)) return null;
  const month = /^\d/.test(monthText) ? Number(monthText) : MONTH_NUMBERS.get(monthText.slice(0, 3))!;
  const yearText = g.y ?? g.iy ?? g.ny ?? g.uy;
  const now = new Date();
  let year = Number(yearText);
  if (yearText.length === 2) year += year + 2000 <= now.getFullYear() ? 2000 : 1900;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate() || Date.UTC(year, month - 1, day) > now.getTime()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const OTHER_REFERENCE_LABELS =
  /(?:\b(?:invoice|inv|order|purchase|p\.?o|tracking|track|parcel|consignment|courier|shipment|delivery|booking|serial|licen[cs]e key|product key|activation|ticket|transaction|receipt|confirmation|case|claim|policy|customer|membership|member|voucher|barcode|isbn|issn|ean|imei|meid|iccid|imsi|sim|batch|lot|asset|job|quote|quotation|po number|version|release|build)s?\b|(?<!\b(?:tax ?payer|tax|pupil|learner|patient|NHS|self[- ]assessment|SA)\s)\b(?:reference|ref)\b)\.?\s*(?:(?:no\.?|number|#|code|id|ref(?:erence)?)(?:\s+is)?)?\s*[:#]?\s*$/i;

/** A number to call or a meeting to join: said of a value before it ("Meeting ID:", "helpline on"). */
const CALL_LABELS =
  /\b(?:meeting|conference|webinar|zoom|teams|dial[- ]in|access code|phone|telephone|tel|helpline|hotline|fax|mobile|mob|text|sms|whatsapp|call|ring|pin|passcode)\b\.?\s*(?:no\.?|number|#|code|id)?\s*(?:(?:on|is)\s*)?[:#]?\s*$/i;

/**
 * The number of some other record ("appointment ID", "staff number", a bare "ID:"), unless the label
 * names the identifier itself ("NHS ID:"). Not "pupil number" or "learner number": UPN and ULN labels.
 */
const OTHER_ID_LABELS =
  /\b(?:appointment|student|staff|employee|user|login|log-?in|sign-?in|verification|security|candidate|exam|admission|application|applicant|seat|locker|library|device|company|charity|registration|reg|VAT|supplier|vendor|payroll|pension|employer|works|payee)\s*(?:id|no\.?|number|#|ref(?:erence)?|code)(?:\s+is)?\s*[:#]?\s*$|(?<!\b(?:NHS|ULN|UPN|UTR|NI|NINO|learner|pupil|patient|passport|licence|license)\s?)\bID\s*[:#]\s*$/i;

/**
 * Labels that say a value is something else. A checksum-valid number right after
 * "Invoice no." or "Meeting ID:" is that, even with "NHS" in the same sentence.
 */
const NOT_AN_IDENTIFIER = new RegExp(`${OTHER_REFERENCE_LABELS.source}|${CALL_LABELS.source}|${OTHER_ID_LABELS.source}`, 'i');

/** For a bare 10-digit number (NHS, ULN, UTR), an account's number is a bank or supplier account, not the identifier (HMRC's Self Assessment account is the UTR's). */
const ACCOUNT_LABELS = /(?<!\b(?:self[- ]assessment|tax)\s)\b(?:account|acct|a\/c)\s*(?:no\.?|number|#)?\s*[:#]?\s*$/i;
const NOT_A_TEN_DIGIT_IDENTIFIER = new RegExp(`${NOT_AN_IDENTIFIER.source}|${ACCOUNT_LABELS.source}`, 'i');

export function negativeLabelsFor(type: Recognizer['type']): RegExp | undefined {
  if (type === 'email_address') return undefined;
  if (type === 'phone_number') return OTHER_REFERENCE_LABELS;
  return type === 'nhs_number' || type === 'uln' || type === 'utr' ? NOT_A_TEN_DIGIT_IDENTIFIER : NOT_AN_IDENTIFIER;
}

export const RECOGNIZERS: Recognizer[] = [
  {
    type: 'nhs_number',
    pattern: TEN_DIGITS,
    validate: (m) => (isValidNhsNumber(m[0]) ? digits(m[0]) : null),
    // CHI (Scotland) and H&C numbers (Northern Ireland) are the same 10 digits with the same check.
    // Not a service or body of the NHS ("call NHS 111 or our office on ...", "NHS Supply Chain invoice").
    // A patient's 10-digit number passing the check is their NHS number ("Patient 4010232137 attended clinic").
    keywords: /\bN\.H\.S\.?|\bNHS\b(?! (?:111|24|Direct|England|Scotland|Wales|Trusts?|Foundation|Supply|Pensions?|Digital|Choices|website|jobs?|Property|Professionals|Shared Business|Business Services|Blood|Charities|Together|Providers|Confederation|Employers)\b)|\bnhs(?:no|num|number)\b|\bhealth (?:service |(?:and|&) care )?(?:no|number)\b|\bCHI\b|\bH ?& ?C (?:no|number)\b|\bpatient\b/i,
    needsContext: true,
    confidence: { alone: 0, context: 0.95 },
    rowShape: TEN_DIGIT_SHAPE,
    rule: 'NHS number: 10 digits with a valid mod-11 check digit',
  },
  {
    type: 'uln',
    pattern: TEN_DIGITS,
    validate: (m) => (isValidUln(m[0]) ? digits(m[0]) : null),
    keywords: /\bULNs?\b|\bunique learner\b|\blearner (?:no|number|ref)/i,
    needsContext: true,
    confidence: { alone: 0, context: 0.95 },
    rowShape: TEN_DIGIT_SHAPE,
    rule: 'ULN: 10 digits with a valid check digit',
  },
  {
    type: 'utr',
    // HMRC letters write a personal UTR with a trailing K.
    pattern: new RegExp(String.raw`${NUMBER_START}\d{5} ?\d{5}K?(?![\w\-/])|${NUMBER_START}\d{3} \d{3} \d{4}(?![\w\-/])`, 'g'),
    validate: (m) => (isValidUtr(m[0]) ? digits(m[0]) : null),
    keywords: /\bUTRs?\b|\bunique tax ?payer|\btax(?:payer)? ref|\bself[- ]assessment\b|\bSA ref/i,
    needsContext: true,
    confidence: { alone: 0, context: 0.9 },
    rowShape: TEN_DIGIT_SHAPE,
    rule: 'UTR: 10 digits with a valid HMRC check digit',
  },
  {
    type: 'upn',
    // Any case ("upn a873402110070" as typed): it always needs its label, and the check letter holds one time in 23.
    pattern: /(?<![\w-])[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z](?![\w-])/gi,
    validate: (m) => (isValidUpn(m[0]) ? m[0].toUpperCase() : null),
    keywords: /\bUPN\b|\bU\.P\.N\b|\bunique pupil\b|\bpupil (?:no|number|ref)|\bUPNs\b/i,
    needsContext: true,
    confidence: { alone: 0, context: 0.95 },
    rowShape: /(?<![\w-])[A-Z]\d{11}[0-9A-Z](?![\w-])/,
    rule: 'UPN: 13 characters with a valid check letter',
  },
  {
    type: 'ni_number',
    // Spaced as HMRC prints it (or partly), or with hyphens or points as people type it
    // ("AB-12-34-56-C"): the same one throughout, and then only with a label, as in lower case.
    // Records that leave out the suffix letter ("NI No: JT 44 12 09") count with a label too, but not one with a suffix
    // HMRC never issues ("AB 12 34 56 E").
    pattern: /(?<![\w-])[A-Z]{2}(?: ?\d{2} ?\d{2} ?\d{2}(?: ?[A-D])?|([.-])\d{2}\1\d{2}\1\d{2}(?:\1[A-D])?)(?![\w-])(?![ .-]?[E-Z](?![\w-]))/gi,
    validate: (m) => {
      const compact = m[0].replace(/[\s.-]/g, '').toUpperCase();
      return isValidNino(compact.length === 8 ? `${compact}A` : compact) ? compact : null;
    },
    needsContextFor: (value, match) => match !== match.toUpperCase() || /[.-]/.test(match) || value.length === 8,
    keywords: /\bNI\b|\bNINO\b|\bN\.I\.|national insurance|\bNI ?(?:no|number)/i,
    needsContext: false,
    confidence: { alone: 0.85, context: 0.95 },
    rule: 'National Insurance number: HMRC format and allowed prefix',
  },
  {
    type: 'passport_number',
    // The look-behind in each branch, not before both: the engine then skips to a digit or capital.
    pattern: /(?:(?<![\w-])\d{9}|(?<![\w-])[A-Z]{1,2}\d{7,8})(?![\w-])/g,
    validate: (m) => (/^\d{9}$/.test(m[0]) ? (isPlausiblePassport(m[0]) ? m[0] : null) : m[0]),
    keywords: /\bpassports?\b/i,
    needsContext: true,
    confidence: { alone: 0, context: 0.9 },
    rowShape: /(?<![\w-])(?:\d{9}|[A-Z]{1,2}\d{7,8})(?![\w-])/,
    rule: 'passport number: 9 digits (UK) labelled as a passport',
  },
  {
    type: 'passport_number',
    // The second line of a passport's machine-readable zone, as a scan's text or a paste holds it:
    // number, check, nationality, birth date, check, sex, expiry, check, personal number, checks.
    pattern: /(?<![A-Z0-9<])[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[0-9<]\d(?![A-Z0-9<])/g,
    validate: (m) => passportMrzNumber(m[0]),
    keywords: /\bpassports?\b/i,
    needsContext: false,
    confidence: { alone: 0.95, context: 0.95 },
    rule: "passport number in a passport's machine-readable zone, with all its check digits",
    // The personal number's filler: every real zone has some (a full one is not read here)
    anchor: { char: '<', maxBefore: MRZ_LINE_LENGTH - 1 },
  },
  {
    type: 'driving_licence',
    // As printed (MORGA753116SM9IJ 35) or spaced between its parts (MORGA 753116 SM9 IJ 35).
    pattern: /(?<![\w-])[A-Z][A-Z9]{4} ?\d{6} ?[A-Z][A-Z9]\d ?[A-Z0-9]{2}(?: ?\d{2})?(?![\w-])/g,
    validate: (m) => {
      const licence = m[0].replace(/ /g, '').slice(0, 16);
      return isValidDrivingLicence(licence) ? licence : null;
    },
    keywords: /\bdriv(?:ing|er'?s?) licen[cs]e\b|\blicen[cs]e (?:no|number)\b|\bDVLA\b|\bDL\b/i,
    needsContext: false,
    confidence: { alone: 0.85, context: 0.95 },
    rule: 'UK driving licence number: DVLA format with a valid date of birth',
  },
  {
    type: 'iban',
    // Grouped by spaces, or by hyphens throughout ("GB82-WEST-1234-...").
    pattern: /(?<![\w])[A-Z]{2}\d{2}(?:(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?|(?:-[A-Z0-9]{4}){2,7}(?:-[A-Z0-9]{1,3})?)(?![\w-])/gi,
    validate: (m) => validIbanPrefix(m[0].toUpperCase()),
    keywords: /\bIBAN\b|\bbank\b|\baccount\b|\bBIC\b|\bSWIFT\b/i,
    needsContext: false,
    // Typed in lower case ("gb82 west ..."), it needs a label: one random string in 97 passes the check.
    // Grouped by hyphens, as product keys and serial numbers are, too.
    needsContextFor: (_value, match) => match !== match.toUpperCase() || match.includes('-'),
    confidence: { alone: 0.9, context: 0.97 },
    rule: 'IBAN: country length and ISO 7064 mod-97 check',
  },
  {
    type: 'payment_card',
    // 4-4-4-4 (up to 19 digits), and the Amex / Diners 4-6-5 and 4-6-4 groupings.
    pattern: new RegExp(String.raw`${NUMBER_START}(?:\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,4}(?:[ -]?\d{3})?|\d{4}[ -]?\d{6}[ -]?\d{4,5})(?![\w\-/])`, 'g'),
    validate: (m) => (isValidPaymentCard(m[0], true) && consistentGrouping(m[0]) ? digits(m[0]) : null),
    needsContextFor: (value) => !hasKnownCardIssuer(value),
    keywords: /\bcards?\b|\bcredit\b|\bdebit\b|\bvisa\b|\bmastercard\b|\bamex\b|\bmaestro\b|\bPAN\b|\bexpir/i,
    needsContext: false,
    confidence: { alone: 0.7, context: 0.95 },
    rule: 'payment card number: issuer prefix and Luhn check',
  },
  {
    type: 'bank_account',
    pattern: /(?<![\w-])(\d{2})[- ]?(\d{2})[- ]?(\d{2})(?![\w-])/g,
    validate: (m, text) => sortCodeWithAccount(m, text),
    // "SC" and "A/C" are how sort codes and accounts are written in a hurry, and "pay into" says where money goes;
    // the pair must still pass the modulus check.
    keywords: /\bsort ?code\b|\bS\/C\b|\bSC\b|\bA\/C\b|\bbank details\b|\bacc(?:ount|t)?\.? ?(?:no|number)\b|\b(?:pay|paid|paying|payment) into\b|\bBACS\b|\bbank (?:account|transfer)\b/i,
    needsContext: true,
    confidence: { alone: 0, context: 0.95 },
    rowShape: /(?<![\w-])\d{2}[- ]\d{2}[- ]\d{2}(?![\w-])/,
    rule: 'sort code and account number passing the VocaLink modulus check',
  },
  {
    type: 'email_address',
    pattern: /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?![\w-])/g,
    validate: (m) => m[0].toLowerCase(),
    keywords: /email|e-mail/i,
    needsContext: false,
    confidence: { alone: 0.9, context: 0.95 },
    rule: 'e-mail address',
    anchor: { char: '@', maxBefore: 64 }, // RFC 5321: a local part has at most 64 characters
  },
  {
    type: 'phone_number',
    // International as +44 or 0044 (dialled from abroad), or national from its leading 0.
    pattern: /(?<![\w+])(?:(?:\+|00 ?)44 ?\(?0?\)? ?|\(?0)\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}(?![\w-])/g,
    validate: (m) => {
      const number = digits(m[0]);
      return UK_NUMBER.test(number.replace(/^(?:00)?440?/, '0')) ? number : null;
    },
    keywords: /\b(?:tel|phone|mobile|mob|contact)\b/i,
    needsContext: false,
    confidence: { alone: 0.6, context: 0.85 },
    rule: 'UK telephone number',
  },
  {
    type: 'postal_address',
    // Explicit letter ranges, not the i flag: V8 runs case-insensitive classes several times slower.
    pattern: /(?<![\w-])(?:[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\w-])/g,
    validate: (m) => (POSTCODE.test(m[0].toUpperCase()) ? m[0] : null),
    keywords: /\baddress\b|\bpost ?code\b|\broad\b|\bstreet\b|\blane\b|\bavenue\b|\bclose\b|\bdrive\b/i,
    needsContext: false,
    // Typed in lower case ("m1 1ae") it needs a label: short words and numbers take that shape too.
    needsContextFor: (_value, match) => match !== match.toUpperCase(),
    confidence: { alone: 0.6, context: 0.85 },
    rule: 'UK postcode',
  },
  {
    type: 'date_of_birth',
    pattern: DATE,
    validate: (m) => birthDateOf(m),
    keywords: /\bDOBs?\b|\bD\.O\.B\b|\bdates? of birth\b|\bborn\b|\bbirthdays?\b|\bbirth ?dates?\b/i,
    needsContext: true,
    confidence: { alone: 0, context: 0.85 },
    rowShape: DATE_SHAPE,
    rule: 'date labelled as a date of birth',
  },
];

/** Grouped card numbers use one separator style throughout ("4111 1111 1111 1111"). */
function consistentGrouping(value: string): boolean {
  const seps = value.replace(/\d/g, '');
  return seps === '' || new Set(seps).size === 1;
}

/** The longest prefix of the match (dropping trailing groups a greedy match took) that is a valid IBAN. */
function validIbanPrefix(value: string): string | null {
  const groups = value.split(/[ -]/);
  for (let n = groups.length; n >= 1; n--) {
    const candidate = groups.slice(0, n).join('');
    if (candidate.length >= 15 && isValidIban(candidate)) return candidate;
  }
  return isValidIban(value) ? value.replace(/[\s-]/g, '') : null;
}

/**
 * The account is the organisation's own, given for payments ("pay to Oakfield Academy",
 * "Account name: Oakfield PTA", "Our bank details: Oakfield Academy Trust"): bank details, but nobody's personal data.
 */
const ORGANISATION_PAYEE =
  /\b(?:[Aa]ccount [Nn]ame|(?:[Oo]ur )?[Bb]ank (?:details|account)(?: are)?|[Pp]ayee|[Pp]ay(?:able|ments?)?(?: [\w-]+){0,3} to|[Mm]ade out to|[Ii]n favour of)\s*:?\s*(?:the\s+)?(?:[A-Z][\w'&.-]*\s+){0,5}(?:Academy|School|College|Trust|PTA|PTFA|Council|Fund|Ltd|Limited|Federation|Diocese|Nursery|Church|plc|PLC|LLP|CIC)\b/;

/** A sort code counts when an 8-digit account number is near it and the pair passes modulus checking. */
function sortCodeWithAccount(m: RegExpExecArray, text: string): string | null {
  const sortCode = `${m[1]}${m[2]}${m[3]}`;
  if (!isPlausibleSortCode(sortCode)) return null;
  if (ORGANISATION_PAYEE.test(text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 80))) return null;
  const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
  const accounts = around.match(/(?<![\w-])\d{8}(?![\w-])/g) ?? [];
  for (const account of accounts) {
    try {
      if (validateAccountDetails(sortCode, account)) return `${sortCode}${account}`;
    } catch {
      // the library throws on shapes it cannot check; such a pair is not evidence
    }
  }
  return null;
}
