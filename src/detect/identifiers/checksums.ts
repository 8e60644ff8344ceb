// Validators for UK and international identifiers. Pure functions: a string in, valid or not.
import { parse as parseMrz } from 'mrz';

/** The ASCII digits of `s` as numbers, in order: a loop, as every candidate number of a long column comes here. */
function digitsOf(s: string): number[] {
  const digits: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) digits.push(digit);
  }
  return digits;
}

/** NHS number: 10 digits, weights 10..2, check = 11 - (sum mod 11); 11 -> 0, 10 -> invalid. */
export function isValidNhsNumber(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10) return false;
  if (d.every((x) => x === d[0])) return false; // 0000000000 etc. are placeholders
  const sum = d.slice(0, 9).reduce((acc, x, i) => acc + x * (10 - i), 0);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === d[9];
}

/** ULN: 10 digits, first non-zero, weights 10..2 over the first nine; check = 10 - (sum mod 11); mod of 10 -> invalid. */
export function isValidUln(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10 || d[0] === 0) return false;
  const remainder = d.slice(0, 9).reduce((acc, x, i) => acc + x * (10 - i), 0) % 11;
  if (remainder === 0) return false; // 10 - 0 = 10 is not a digit
  return 10 - remainder === d[9];
}

const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'; // 23 letters: no I, O, S

/** UPN: check letter, 3-digit LA code, 4-digit school (DfE) number, 2-digit year, 3-digit serial, optional 13th letter for temporary UPNs. */
export function isValidUpn(value: string): boolean {
  const upn = value.toUpperCase();
  if (!/^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/.test(upn)) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const c = upn[i];
    const v = /\d/.test(c) ? Number(c) : UPN_CHECK_LETTERS.indexOf(c); // temporary UPNs: A=0 ... Z=22
    sum += v * (i + 1);
  }
  return UPN_CHECK_LETTERS[sum % 23] === upn[0];
}

// NINO rules (HMRC NIM39110): first letter not D F I Q U V; second not D F I O Q U V;
// these prefixes never allocated; suffix A-D.
const NINO_BAD_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function isValidNino(value: string): boolean {
  const n = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(n)) return false;
  return !NINO_BAD_PREFIXES.has(n.slice(0, 2));
}

/** Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro and UnionPay prefixes. */
export function hasKnownCardIssuer(value: string): boolean {
  return /^(4|5[0-5]|2[2-7]|3[47]|6(?:011|5|4[4-9]|22|7)|35|30[0-5]|36|38|39|62|81)/.test(value.replace(/\D/g, ''));
}

/** Luhn check over 13-19 digits, with a known issuer prefix unless `anyIssuer`. */
export function isValidPaymentCard(value: string, anyIssuer = false): boolean {
  const d = digitsOf(value);
  if (d.length < 13 || d.length > 19) return false;
  if (!anyIssuer && !hasKnownCardIssuer(value)) return false;
  if (d.every((x) => x === 0)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d[d.length - 1 - i];
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21,
  MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26, VA: 22,
  JE: 22, GG: 22, IM: 22, SA: 24, IL: 23, BR: 29, QA: 29, PK: 24, UA: 29,
};

/** IBAN: country length and ISO 7064 mod 97 = 1. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of v) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** UTR: 10 digits; weights 6,7,8,9,10,5,4,3,2 on digits 2-10; check digit (first) = table[sum mod 11]. */
export function isValidUtr(value: string): boolean {
  const d = digitsOf(value);
  if (d.length === 13) d.splice(0, 3); // "123 4567890123"-style corporate prefix forms are not used for people
  if (d.length !== 10) return false;
  const weights = [6, 7, 8, 9, 10, 5, 4, 3, 2];
  const sum = d.slice(1).reduce((acc, x, i) => acc + x * weights[i], 0);
  const table = [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  return table[sum % 11] === d[0];
}

/**
 * UK driving licence (DVLA, 16 characters): surname (5, padded with 9), decade digit,
 * month (+5 for women), day, year digit, initials (2, padded with 9), a digit (usually 9), two check letters/digits.
 */
export function isValidDrivingLicence(value: string): boolean {
  const v = value.replace(/\s/g, '').toUpperCase();
  const m = /^([A-Z][A-Z9]{4})(\d)([0156]\d)([0-3]\d)(\d)([A-Z][A-Z9])(\d)([A-Z0-9]{2})$/.exec(v);
  if (!m) return false;
  const surname = m[1];
  if (/9[A-Z]/.test(surname)) return false; // padding only at the end
  const month = Number(m[3]) > 50 ? Number(m[3]) - 50 : Number(m[3]);
  const day = Number(m[4]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** UK passport: 9 digits (older books), or 2 letters then 7 digits is not UK; keep 9 digits. */
export function isPlausiblePassport(value: string): boolean {
  const d = value.replace(/\s/g, '');
  return /^\d{9}$/.test(d) && !/^(\d)\1{8}$/.test(d) && d !== '123456789';
}

/** A TD3 passport's machine-readable zone: two lines of 44 characters. */
export const MRZ_LINE_LENGTH = 44;

/**
 * The document number of a passport's machine-readable zone when every check digit of its second
 * line holds (document number, birth date, expiry, personal number, composite), else null. The
 * first line (the name) has no check digit, so a placeholder stands for it. State codes are not
 * checked: specimens and test documents use codes such as UTO.
 */
export function passportMrzNumber(numberLine: string): string | null {
  const nameLine = `P<${'<'.repeat(MRZ_LINE_LENGTH - 2)}`;
  let result: ReturnType<typeof parseMrz>;
  try {
    result = parseMrz([nameLine, numberLine]);
  } catch {
    return null; // not the shape of any MRZ format
  }
  if (result.format !== 'TD3') return null;
  const checks = result.details.filter((d) => d.field !== null && d.field.endsWith('CheckDigit'));
  return checks.length >= 4 && checks.every((d) => d.valid) ? (result.fields.documentNumber ?? null) : null;
}

/** Sort code shape: three pairs of digits; 00-00-00 and 99-99-99 are not real. */
export function isPlausibleSortCode(value: string): boolean {
  const d = value.replace(/\D/g, '');
  return /^\d{6}$/.test(d) && d !== '000000' && d !== '999999';
}
