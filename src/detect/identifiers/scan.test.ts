import { seededRandom } from '../../../test/helpers/random';
import { splitUnits } from '../units';
import { digitWindows, scanIdentifiers } from './scan';

describe('identifiers searched near digits only', () => {
  // Valid and near-valid identifiers of every type, with labels, among words, digits and separators.
  const pieces = [
    'NHS number', '943 476 5919', '9434765919', 'ULN', '6966429669', 'UTR', '1937696080', 'UPN', 'A873402110070',
    'MA329614A', 'QQ 12 34 56 C', 'passport', '925665416', 'MORGA753116SM9IJ 35', 'IBAN', 'GB82 WEST 1234 5698 7654 32',
    'GB29NWBK60161331926819',
    // Two groups of letters in a row: the farthest an identifier's characters are from a digit.
    'MT97 MALT 0110 0ABC DEFG HIJK 1234 567', 'card', '4111 1111 1111 1111', 'sort code', '40-47-84', '70872490', 'DOB', '12/03/2014',
    '3rd September 2012', 'tel', '0161 496 0000', 'LS1 4AB', 'a.b@school.example', 'Invoice no.', 'Meeting ID',
    'No.', '1.', '£', '-', '/', 'the', 'pupil', 'Jane Smith', 'said', 'year', '7', 'in', 'and', 'abc', 'X',
  ];
  const separators = [' ', ' ', '  ', '\n', ', ', '. ', ': ', '', '\t'];

  it('finds exactly what a search of the whole text finds', () => {
    const random = seededRandom(5);
    let joined = 0;
    let hits = 0;
    for (let i = 0; i < 300; i++) {
      const parts: string[] = [];
      for (let burst = random(12); burst >= 0; burst--) {
        for (let j = random(10); j >= 0; j--) parts.push(pieces[random(pieces.length)]!, separators[random(separators.length)]!);
        // Digit-free stretches of any length, so that windows are cut, widened to whitespace and joined.
        parts.push(' lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(random(6)).slice(random(40)));
      }
      const text = parts.join('');
      const { units, lineStarts } = splitUnits(text);
      const found = scanIdentifiers(text, units, lineStarts);
      expect(found).toEqual(scanIdentifiers(text, units, lineStarts, { digitWindows: false }));
      hits += found.length;
      if (digitWindows(text).text.length < text.length) joined++;
    }
    // The texts exercise both ways: many are searched in windows, and identifiers are found.
    expect(joined).toBeGreaterThan(60);
    expect(hits).toBeGreaterThan(1000);
  });
});
