import {
  isPlausiblePassport, isValidDrivingLicence, isValidIban, isValidNhsNumber, isValidNino, isValidPaymentCard,
  isValidUln, isValidUpn, isValidUtr,
} from './checksums';

describe('NHS number (mod 11)', () => {
  it.each(['943 476 5919', '9434765919', '401 023 2137'])('accepts %s', (v) => expect(isValidNhsNumber(v)).toBe(true));
  it.each(['943 476 5918', '1234567890', '0000000000', '94347659'])('rejects %s', (v) => expect(isValidNhsNumber(v)).toBe(false));
});

describe('ULN', () => {
  it.each(['6966429669', '7787803230'])('accepts %s', (v) => expect(isValidUln(v)).toBe(true));
  it.each(['6966429668', '0966429669', '12345'])('rejects %s', (v) => expect(isValidUln(v)).toBe(false));
});

describe('UPN check letter', () => {
  it.each(['A873402110070', 'T873402110675', 'Q873402112093'])('accepts %s', (v) => expect(isValidUpn(v)).toBe(true));
  it.each(['B873402110070', 'T873402116069', 'I873402110070', 'A87340211007'])('rejects %s', (v) => expect(isValidUpn(v)).toBe(false));
});

describe('National Insurance number', () => {
  it.each(['AB123456C', 'RB 09 99 01 A', 'JK897651D'])('accepts %s', (v) => expect(isValidNino(v)).toBe(true));
  it.each(['QQ123456C', 'GB675570A', 'BG123456A', 'NK123456A', 'TN123456A', 'ZZ123456A', 'DA123456A', 'AO123456A', 'AB123456E'])(
    'rejects %s',
    (v) => expect(isValidNino(v)).toBe(false),
  );
});

describe('payment card (Luhn and issuer)', () => {
  it.each(['4111 1111 1111 1111', '5500005555555559', '378282246310005', '4832 8585 1637 2973'])('accepts %s', (v) =>
    expect(isValidPaymentCard(v)).toBe(true),
  );
  it.each(['4111 1111 1111 1112', '5518 8203 3077 3445', '1234567812345670', '9111111111111111'])('rejects %s', (v) =>
    expect(isValidPaymentCard(v)).toBe(false),
  );
});

describe('IBAN (mod 97)', () => {
  it.each(['GB82 WEST 1234 5698 7654 32', 'GB33BUKB20201555555555', 'DE89370400440532013000'])('accepts %s', (v) =>
    expect(isValidIban(v)).toBe(true),
  );
  it.each(['GB73 LOYD 4082 3540 8409 93', 'GB82 WEST 1234 5698 7654 3', 'XX00'])('rejects %s', (v) => expect(isValidIban(v)).toBe(false));
});

describe('UTR', () => {
  it.each(['1937696080'])('accepts %s', (v) => expect(isValidUtr(v)).toBe(true));
  it.each(['2937696080', '1937696082', '193769608'])('rejects %s', (v) => expect(isValidUtr(v)).toBe(false));
});

describe('driving licence (DVLA format)', () => {
  it.each(['WARBU861038EJ9PM', 'MORGA753116SM9IJ', 'PATEL802194SR9QV'])('accepts %s', (v) => expect(isValidDrivingLicence(v)).toBe(true));
  it.each(['WARBU861338EJ9PM', 'WARBU861000EJ9PM', '9ARBU861038EJ9PM', 'WA9BU861038EJ9PM'])('rejects %s', (v) =>
    expect(isValidDrivingLicence(v)).toBe(false),
  );
});

describe('passport number shape', () => {
  it('accepts nine digits', () => expect(isPlausiblePassport('434191410')).toBe(true));
  it.each(['111111111', '123456789', '12345678'])('rejects %s', (v) => expect(isPlausiblePassport(v)).toBe(false));
});
