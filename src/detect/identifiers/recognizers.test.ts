// Each identifier recognizer: valid with context, invalid checksum, and the traps
// (checksum-valid numbers labelled as something else, or with no context).
import { findingsOf, typesOf } from '../../../test/helpers/detect';
import { isValidNhsNumber } from './checksums';

describe('NHS number', () => {
  it('is found with a valid check digit and an NHS label', () => {
    expect(typesOf('Patient: Amy Jones, NHS number 943 476 5919')).toEqual(['nhs_number']);
    expect(typesOf('my nhs number is 401-023-2137')).toEqual(['nhs_number']);
  });
  it('is not found when the check digit fails', () => expect(typesOf('NHS number 943 476 5918')).toEqual([]));
  it('is found grouped by full stops throughout, as some systems print it, and not as a version', () => {
    expect(typesOf('NHS no: 943.476.5919')).toEqual(['nhs_number']);
    expect(typesOf('Version 943.476.5919 of the NHS app')).toEqual([]);
    expect(typesOf('NHS number 943.476 5919')).toEqual([]);
  });
  it('is not found without context, or labelled as an invoice', () => {
    expect(typesOf('Please quote 9434765919 when you pay.')).toEqual([]);
    expect(typesOf('NHS trust invoice no. 9434765919 is attached')).toEqual([]);
  });
  it('takes its context from a column header above a list', () => {
    const table = ['Name | NHS number', 'Name: Amy Jones | NHS number: 943 476 5919'].join('\n');
    expect(typesOf(table)).toEqual(['nhs_number']);
    const plain = ['Pupil NHS no', 'Amy Jones 943 476 5919', 'Ben Cole 401 023 2137'].join('\n');
    expect(findingsOf(plain).find((f) => f.type === 'nhs_number')?.count).toBe(2);
  });
  it('the header holds for the whole column, however long, and not past a line of another shape', () => {
    const valid: string[] = [];
    for (let n = 4000000000; valid.length < 5000; n += 7) if (isValidNhsNumber(String(n))) valid.push(String(n));
    const column = ['NHS numbers', ...valid].join('\n');
    expect(findingsOf(column).find((f) => f.type === 'nhs_number')?.count).toBe(5000);
    const broken = ['NHS numbers', ...valid.slice(0, 10), 'Totals by class', ...valid.slice(10, 20)].join('\n');
    expect(findingsOf(broken).find((f) => f.type === 'nhs_number')?.count).toBe(10);
  });
});

describe('ULN, UPN and UTR (weak checksums need a label)', () => {
  it('finds a ULN labelled ULN', () => expect(typesOf('ULN: 6966429669')).toEqual(['uln']));
  it('does not call a ULN-valid serial a ULN', () => expect(typesOf('Serial number 6966429669')).toEqual([]));
  it('finds a UPN labelled UPN', () => expect(typesOf('Kieran Sutcliffe UPN A873402110070')).toEqual(['upn']));
  it('rejects a UPN with the wrong check letter', () => expect(typesOf('UPN B873402110070')).toEqual([]));
  it('finds a UTR', () => expect(typesOf('Unique Taxpayer Reference (UTR): 1937696080')).toEqual(['utr']));
  it('rejects a UTR with a wrong check digit', () => expect(typesOf('UTR 2937696080')).toEqual([]));
  it('prefers the nearest label when a number fits two types', () => {
    expect(typesOf('NHS: 943 476 5919, ULN: 6966429669')).toEqual(['nhs_number', 'uln']);
  });
});

describe('National Insurance number', () => {
  it('finds a valid one without context', () => expect(typesOf('Staff: Janet Holroyd MA329614A')).toEqual(['ni_number']));
  it('rejects disallowed prefixes', () => expect(typesOf('NI numbers QQ123456C and GB675570A')).toEqual([]));
  it('needs context for lower case', () => {
    expect(typesOf('ref ab123456c')).toEqual([]);
    expect(typesOf('national insurance: ab123456c')).toEqual(['ni_number']);
  });
  it('counts a record without its suffix letter only with a label', () => {
    expect(typesOf('NI No: JT 44 12 09')).toEqual(['ni_number']);
    expect(typesOf('NINO: JT441209 (suffix unknown)')).toEqual(['ni_number']);
    expect(typesOf('Ref JT441209 for the order')).toEqual([]);
    expect(typesOf('NI No: BG 44 12 09')).toEqual([]); // a prefix never issued
  });
  it('rejects a suffix HMRC never issues, with or without a space', () => {
    expect(typesOf('National insurance no: AB 12 34 56 E')).toEqual([]);
    expect(typesOf('NINO: AB123456F')).toEqual([]);
    expect(typesOf('NI: AB-12-34-56-Z')).toEqual([]);
    expect(typesOf('National insurance no: AB 12 34 56 D')).toEqual(['ni_number']);
  });
});

describe('payment card', () => {
  it('finds a Luhn-valid card number', () => expect(typesOf('Card: 4832 8585 1637 2973')).toEqual(['payment_card']));
  it('rejects a Luhn failure near the word card', () => expect(typesOf('card booking ref 5518 8203 3077 3445')).toEqual([]));
  it('needs context for an unknown issuer', () => {
    expect(typesOf('Ref 1220000000000003')).toEqual([]);
    expect(typesOf('credit card 122000000000003')).toEqual(['payment_card']);
  });
  it('ignores a Luhn-valid number labelled as a booking reference', () =>
    expect(typesOf('Booking reference: 4111111111111111')).toEqual([]));
  it("ignores a device's Luhn-valid IMEI or SIM number", () => {
    expect(typesOf('IMEI 490154203237518 for the school iPad.')).toEqual([]);
    expect(typesOf('Card for the trip: 4111 1111 1111 1111')).toEqual(['payment_card']);
  });
});

describe('IBAN, bank account, passport, driving licence', () => {
  it('finds a valid IBAN and rejects bad check digits', () => {
    expect(typesOf('IBAN GB82 WEST 1234 5698 7654 32 please')).toEqual(['iban']);
    expect(typesOf('IBAN GB73 LOYD 4082 3540 8409 93')).toEqual([]);
  });
  it('finds an IBAN grouped by hyphens only with its label: serial numbers are grouped so too', () => {
    expect(typesOf('IBAN: GB82-WEST-1234-5698-7654-32')).toEqual(['iban']);
    expect(typesOf('Serial: GB82-WEST-1234-5698-7654-32')).toEqual([]);
  });
  it('finds a sort code and account passing modulus checking', () =>
    expect(typesOf('Sort code 20-00-00, account 55779911')).toEqual(['bank_account']));
  it('rejects a pair failing modulus checking', () =>
    expect(typesOf('Sort code 93-80-63, account 15763217')).toEqual([]));
  it('needs a passport label for nine digits', () => {
    expect(typesOf('Passport no. 434191410')).toEqual(['passport_number']);
    expect(typesOf('Order 434191410 dispatched')).toEqual([]);
  });
  it('finds a DVLA licence number and rejects an impossible date', () => {
    expect(typesOf('Driving licence WARBU861038EJ9PM')).toEqual(['driving_licence']);
    expect(typesOf('Driving licence WARBU861338EJ9PM')).toEqual([]);
  });
});

describe('evidence says what made a number count', () => {
  const evidenceOf = (text: string, type: string): string | undefined => findingsOf(text).find((f) => f.type === type)?.evidence;
  it('names the rule and the label, keyword or column header as written', () => {
    expect(evidenceOf('NHS No: 943 476 5919', 'nhs_number')).toBe('NHS number: 10 digits with a valid mod-11 check digit; supported by the label "NHS"');
    expect(evidenceOf('Her number is 943 476 5919 (NHS).', 'nhs_number')).toMatch(/supported by the keyword nearby "NHS"$/);
    const column = ['ULN', ...Array.from({ length: 15 }, () => '6966429669')].join('\n');
    expect(evidenceOf(column, 'uln')).toMatch(/ and the column header "ULN"$/);
  });
  it('never holds the value', () => {
    expect(evidenceOf('NHS No: 943 476 5919', 'nhs_number')).not.toMatch(/\d{3}/);
  });
});

describe('samples are masked', () => {
  it('never shows the whole identifier', () => {
    const [f] = findingsOf('NHS number 943 476 5919');
    expect(f.sample).toBe('943 *** **19');
    expect(f.evidence).toMatch(/mod-11/);
  });
});

describe('formats used by other test suites', () => {
  it.each([
    ['My NHS number is 0032698674.', ['nhs_number']],
    ['nhs: 221 395 1837', ['nhs_number']],
    ['National insurance number: hh 01 02 03 d', ['ni_number']],
    ['Please pay to IBAN FR14 2004 1010 0505 0001 3M02 606 by Friday.', ['iban']],
    ['IBAN: NL91ABNA0417164300', ['iban']],
    ['Card number 4012-8888-8888-1881 exp 12/27', ['payment_card']],
    ['Amex 3782 822463 10005', ['payment_card']],
    ['Diners 3056 930902 5904', ['payment_card']],
    ['Her passport number is 925076473.', ['passport_number']],
    ['Driving licence no: MORGA657054SM9IJ', ['driving_licence']],
  ])('%s', (text, want) => expect(typesOf(text as string)).toEqual(want));
});

describe('e-mail addresses, found only near an "@"', () => {
  const emailsOf = (text: string): { count: number; sample: string } | undefined => {
    const f = findingsOf(text).find((x) => x.type === 'email_address');
    return f && { count: f.count, sample: f.sample };
  };

  it('finds every address, wherever it is in a long text', () => {
    const filler = 'The coach leaves from the main gate at half past eight. '.repeat(40);
    const text = `${filler}Write to j.smith+trips@oakfield.example or @office, ${filler} or office@partner.example.`;
    expect(emailsOf(text)?.count).toBe(2);
    expect(emailsOf(`${'a'.repeat(200)} x@y.example`)?.count).toBe(1);
  });

  it('finds what a scan of the whole text would find', () => {
    const { RECOGNIZERS } = jest.requireActual<typeof import('./recognizers')>('./recognizers');
    const email = RECOGNIZERS.find((r) => r.type === 'email_address')!;
    const texts = [
      'a@b.example c@d.example, e.f@g.example', '@@ x@ @y.example z@w', 'first.last@sub.domain.example.',
      `${'x'.repeat(64)}@long.example ${'y'.repeat(65)}@too-long.example`, 'no address here', 'user@@double.example',
    ];
    for (const text of texts) {
      const plain = new RegExp(email.pattern.source, 'g');
      const whole = [...text.matchAll(plain)].map((m) => m[0]).filter((m) => m.indexOf('@') <= 64);
      expect(findingsOf(text).filter((f) => f.type === 'email_address').reduce((n, f) => n + f.count, 0)).toBe(new Set(whole.map((w) => w.toLowerCase())).size);
    }
  });
});

describe('formats written differently', () => {
  it.each([
    ['Self-assessment ref 1955839661', ['utr']],
    ['N.H.S. number 943 476 5919', ['nhs_number']],
    ['Driving licence number MORGA 753116 SM9IJ 35', ['driving_licence']],
    ['Driving licence: MORGA753116SM9IJ', ['driving_licence']],
    ['Driving licence: MORGA 753116 SM9 IJ 35', ['driving_licence']],
    // Sort codes and accounts written in a hurry: the pair still passes the modulus check
    ['Bank: Barclays, SC 20-00-00, Acc 55779911', ['bank_account']],
    ['Bank details 20-00-00 55779911', ['bank_account']],
    ['Acc no 55779911 / 20-00-00', ['bank_account']],
    ['UTR: 1955839661K', ['utr']],
    ['Self assessment UTR 19558 39661', ['utr']],
    ['His Unique Taxpayer Reference is 19558 39661.', ['utr']],
    ['NHS No.9434765919', ['nhs_number']],
    // Scotland's CHI and Northern Ireland's H&C numbers: the same digits and check
    ['CHI: 1201880432', ['nhs_number']],
    ['Health and Care Number: 320 145 6780', ['nhs_number']],
    ['UTR No.1955839661', ['utr']],
    ['IBAN: gb82 west 1234 5698 7654 32', ['iban']],
    ['Name: Amy Jones | nhsnumber: 9434765919', ['nhs_number']],
    // Column names of exports, with underscores
    ['NHS_Number,Name\n9434765919,Amy Hart\n4010232137,Tom Reed', ['nhs_number']],
    ['patient_nhs_no|dob\n943 476 5919|01/02/2010', ['nhs_number']],
    ['Passport: AB1234567', ['passport_number']],
    ['National Insurance number: AB-12-34-56-C', ['ni_number']],
    ['NI No. AB.12.34.56.C', ['ni_number']],
    ['Pupil: Amy Hart | U.P.N.: A873402110070', ['upn']],
    ['National Insurance number: AB 123456 C', ['ni_number']],
    ['Unique Taxpayer Reference: 1955839661', ['utr']],
    ['upn a873402110070', ['upn']],
  ])('%s', (text, want) => expect(typesOf(text as string)).toEqual(want));

  it('still refuses malformed ones', () => {
    expect(typesOf('Driving licence number MORGA 753116 SM9I')).toEqual([]);
    expect(typesOf('UTR: 1955839662K')).toEqual([]);
    expect(typesOf('Invoice 20-00-00 55779911')).toEqual([]); // a sort-code shape with no bank label
    expect(typesOf('Bank details 20-00-00 55779912')).toEqual([]); // fails the modulus check
    expect(typesOf('NHS figures: ratio 1.9434765919 and .9434765919')).toEqual([]);
    expect(typesOf('Please pay gb82west12345698765432 today')).toEqual([]); // lower case and no label
    expect(typesOf('Part AB-12-34-56-C is in stock')).toEqual([]); // hyphens and no label
    expect(typesOf('National Insurance number: AB-12.34-56-C')).toEqual([]); // mixed separators
  });
});

describe("a passport's machine-readable zone", () => {
  // The ICAO 9303 specimen, as OCR of a scanned passport page gives it
  const zone = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
  it('is a passport number by its check digits alone, with or without its name line', () => {
    expect(typesOf(zone)).toEqual(['passport_number']);
    expect(typesOf(zone.replace('\n', '\r\n'))).toEqual(['passport_number']);
    expect(typesOf(zone.split('\n')[1]!)).toEqual(['passport_number']);
    expect(findingsOf(zone)[0]!.sample).not.toContain('898902');
  });
  it('not when a check digit fails', () => {
    expect(typesOf(zone.replace(/10$/, '11'))).toEqual([]); // composite
    expect(typesOf(zone.replace('L898902C36', 'L898902C35'))).toEqual([]); // document number
  });
});

describe('phone numbers and postcodes written differently', () => {
  const has = (text: string, type: string): boolean => findingsOf(text).some((f) => f.type === type);

  it.each(['Tel 0044 20 7946 0958', 'Mobile: +44 7700 900123', 'Phone (020) 7946 0958', 'mob 07700-900-123', 'Tel: 0800 123 456', 'Tel 016977 3456'])('%s is a phone number', (text) =>
    expect(has(text, 'phone_number')).toBe(true));
  // Ranges Ofcom does not allocate, and London numbers a digit short
  it.each(['Tel: 0412 345 678', 'Tel: 0612 345 6789', 'Tel: +44 (0)412 345 678', 'Tel: 020 794 6095'])('%s is not a UK phone number', (text) =>
    expect(has(text, 'phone_number')).toBe(false));

  it('reads a lower-case postcode only with a label', () => {
    expect(has('Postcode: m1 1ae', 'postal_address')).toBe(true);
    expect(has('Home address: 4 Park Road, ls6 2ab', 'postal_address')).toBe(true);
    expect(has('We were at m1 1ae yesterday', 'postal_address')).toBe(false);
    expect(has('Our office is in SW1A 2AA.', 'postal_address')).toBe(true);
  });

  it.each(['EC1A 1BB', 'W1A 0AX', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'E1W 1AA'])('%s is a postcode', (code) => expect(has(`Address: ${code}`, 'postal_address')).toBe(true));
  it.each(['QQ1 1QQ', 'ZZ99 9ZZ', 'VX1 1AA', 'AJ1 1AA', 'W1I 1AA'])('%s has letters no postcode has', (code) => expect(has(`Address: ${code}`, 'postal_address')).toBe(false));
});

describe('dates of birth, as forms and exports write them', () => {
  const datesOf = (text: string): number => findingsOf(text).filter((f) => f.type === 'date_of_birth').reduce((n, f) => n + f.count, 0);

  it.each([
    'DOB: 03/04/2011', 'D.O.B. 03-04-2011', 'Date of birth: 2011-04-03', 'DOB 2011/04/03', 'DOB: 03.04.11',
    'Date of birth: 3rd of April 2011', 'DOB: 3 APR 2011', 'DOB: April 3, 2011', 'born Sept 30th 2010',
  ])('%s', (text) => expect(datesOf(text)).toBe(1));

  it('refuses days that do not exist, dates still to come and mixed separators', () => {
    expect(datesOf('DOB: 31/02/2011')).toBe(0);
    expect(datesOf('DOB: 2011-13-03')).toBe(0);
    expect(datesOf(`DOB: 01/01/${new Date().getFullYear() + 1}`)).toBe(0);
    expect(datesOf('DOB: 03/04-2011')).toBe(0);
    expect(datesOf('Version 1.03.04.11 was born of necessity')).toBe(0);
  });

  it('needs a label, as every date is not a birthday', () => expect(datesOf('The trip is on 03/04/2025 and costs £5.')).toBe(0));

  it('counts one birthday once however it is written', () => expect(datesOf('DOB: 03/04/2011 (born 3rd April 2011, 2011-04-03)')).toBe(1));

  it('takes an ISO column header from above', () =>
    expect(datesOf('Name,DOB\nAmy Hart,2011-04-03\nBen Cole,2011-05-06')).toBe(2));
});

describe('checksum-valid numbers labelled as something to call or join', () => {
  it.each([
    'The NHS has changed its booking system. Meeting ID 401 023 2137, passcode 1234.',
    'Join Zoom Meeting ID: 943 476 5919 to discuss NHS funding.',
    'Teams meeting: Conference ID: 401 023 2137 (NHS partners welcome)',
    'Call NHS 111 or our helpline on 943 476 5919.',
    'NHS Direct phone: 943 476 5919',
    'Call NHS 111 or our office on 9434765919.',
    'NHS Supply Chain invoice 9434765919 is now overdue.',
  ])('%s', (text) => expect(typesOf(text)).toEqual([]));

  it('still finds the identifier when its own label is the closest', () => {
    expect(typesOf('Her NHS number: 943 476 5919, mobile 07700 900123')).toEqual(['nhs_number']);
    expect(findingsOf('Tel: 0161 496 0000').map((f) => f.type)).toEqual(['phone_number']);
  });
});

describe('checksum-valid numbers labelled as the number of another record', () => {
  it.each([
    'The NHS app shows appointment ID 9434765919.',
    'ID: 9434765919, NHS: yes',
    'NHS Trust staff number 4010232137',
    'Leeds NHS Trust, Company No 4010232137',
    'NHS Supply Chain account 4010232137',
    'NHS login code 4010232137',
    "Our NHS Trust's supplier number is 4010232137, please quote it on invoices.",
    'Payroll number 9434765919 - NHS pension deductions',
    'The NHS spent 9434765919 pounds on agency staff last year.',
  ])('%s', (text) => expect(typesOf(text)).toEqual([]));

  it('but a label naming the identifier is its own', () => {
    expect(typesOf('NHS ID: 943 476 5919')).toEqual(['nhs_number']);
    expect(typesOf('Unique pupil number: A873402110070')).toEqual(['upn']);
    expect(typesOf('Learner number 6966429669 (ULN)')).toEqual(['uln']);
    expect(typesOf('Your Self Assessment account: 1955839661 (UTR)')).toEqual(['utr']);
  });
});

describe("the organisation's own bank details, given for payments", () => {
  it.each([
    'Please pay by bank transfer to Oakfield Academy, sort code 40-47-84, account 70872490, reference TRIP25.',
    'Sort code: 40-47-84\nAccount number: 70872490\nAccount name: Oakfield Primary School PTA',
    'Cheques payable to Oakfield PTA. Or by transfer: sort code 40-47-84, account 70872490.',
    'Our bank details: Oakfield Academy Trust, sort code 40-47-84, account 70872490.',
    'Please pay invoice 4471 to Coaches R Us Ltd, sort code 40-47-84, account 70872490.',
  ])('%s', (text) => expect(typesOf(text)).toEqual([]));

  it("are not confused with a person's", () => {
    expect(typesOf('The refund will go to sort code 40-47-84, account number 70872490, as on your form.')).toEqual(['bank_account']);
    expect(typesOf('Please pay the refund to Mr Patel, sort code 40-47-84, account 70872490, not to the School account.')).toEqual(['bank_account']);
  });

  it('a number after "booking number is" is the booking', () => {
    expect(typesOf('Please bring a valid passport. Our group booking number is 283746192.')).toEqual([]);
  });
});

describe('a label in the plural', () => {
  it.each(["Room bookings 1003911986 confirmed for the NHS health visitors' clinic in the hall.", 'Orders 1003911986 are for the NHS training day.'])(
    'says the same as in the singular: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a ULN or UTR labelled in the plural, as a list introduces them', () => {
  it('ULNs', () => expect(typesOf('Please find below the ULNs for the apprenticeship starters: Megan Doyle 9999999998')).toEqual(['uln']));
  it('UTRs', () => expect(typesOf('The UTRs of the two supply teachers: Tom Reed 1234567895')).toEqual(['utr']));
});

describe('a sort code and account given as where to pay', () => {
  it.each(['Please pay into 87-14-27 46238510', 'Paid into 87-14-27 46238510 by BACS on Friday.'])('%s', (text) => expect(typesOf(text)).toEqual(['bank_account']));
  it('not a pair that fails the modulus check', () => expect(typesOf('Please pay into 87-14-27 46238511')).toEqual([]));
});

describe("a patient's 10-digit number", () => {
  it('is their NHS number when it passes the check', () => expect(typesOf('Patient 4010232137 attended clinic at the hospital.')).toEqual(['nhs_number']));
  it('not when it fails the check', () => expect(typesOf('Patient 4010232138 attended clinic at the hospital.')).toEqual([]));
  it('not when a closer label says what it is', () => expect(typesOf('Patient transport invoice 4010232137 is attached.')).toEqual([]));
});
