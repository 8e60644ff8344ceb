import { seededRandom } from '../../test/helpers/random';
import { splitUnits, unwrapParagraphs } from './units';

describe('unwrapParagraphs', () => {
  it.each([
    ['Freya Collins has been\ndiagnosed with coeliac disease', 'Freya Collins has been diagnosed with coeliac disease'],
    ['First sentence.\nnext line', 'First sentence.\nnext line'],
    ['Medical:\nasthma', 'Medical:\nasthma'],
    ['a\nB', 'a\nB'],
    ['see\n(attached)', 'see (attached)'],
    ['Zoë\nédite', 'Zoë édite'],
    ['a\n\nb', 'a\n\nb'],
  ])('%j', (text, want) => expect(unwrapParagraphs(text)).toBe(want));

  it('joins a hard-wrapped paragraph before capitals too, where the next word did not fit', () => {
    const wrapped = [
      'Please start deducting union subscriptions at source for',
      'Helen Tranter from the January payroll. She joined the union',
      'in December; the authority form is attached to the ticket.',
    ].join('\n');
    expect(unwrapParagraphs(wrapped)).toBe(wrapped.replace(/\n/g, ' '));
    expect(unwrapParagraphs(`Hi,\n\n${wrapped}\n\nThanks\nFatima`)).toBe(`Hi,\n\n${wrapped.replace(/\n/g, ' ')}\n\nThanks\nFatima`);
  });

  it.each([
    // a list under a lead-in line: short lines with more after them
    'Please find below the names of the children going on the trip\nAmelia Hart\nTom Reed',
    // lines as wide as no client wraps at: one paragraph a line, full stops left off
    `Thanks for your message about the arrangements for next week's visit to the museum in the town centre\nTom Reed will need his inhaler`,
    // list items, table rows and fields keep their own lines
    'We will need the following information about each of the pupils going\n- Name and date of birth of each child going on the trip',
    'We will need the following information about each of the pupils going\nName: Amelia Hart, date of birth and any medical conditions',
    // a short line is no wrap
    'Thanks\nFatima',
  ])('keeps the lines of %j', (text) => expect(unwrapParagraphs(text)).toBe(text));

  // Texts of lines under 50 characters, where only the rule before lower case applies.
  it('does what its rule as a regular expression does, on any text', () => {
    const rule = (text: string): string => text.replace(/([^\n.!?:|>])\n(?=[\p{Ll}(])/gu, '$1 ');
    const random = seededRandom(11);
    const pieces = ['a', 'B', '.', '\n', '\n', '(', ':', '|', '>', 'é', ' ', '?', '\u{1D41A}'];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: random(24) }, () => pieces[random(pieces.length)]).join('');
      expect(unwrapParagraphs(text)).toBe(rule(text));
    }
  });
});

describe('splitUnits', () => {
  it('ends a clause at a semicolon', () => {
    const text = 'All Year 7 pupils will be fingerprinted; Mrs Lane has the forms.';
    expect(splitUnits(text).units.map((u) => text.slice(u.start, u.end))).toEqual(['All Year 7 pupils will be fingerprinted;', ' Mrs Lane has the forms.']);
  });

  it('cuts sentences within lines, keeps a labelled row whole and marks its header line', () => {
    const text = 'Mr Smith wrote. Then he left.\nName | Need\nName: Tom Reed | Need: SEN support. More text';
    const { units } = splitUnits(text);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
      'Mr Smith wrote.', ' Then he left.', 'Name | Need', 'Name: Tom Reed | Need: SEN support. More text',
    ]);
    expect(units.map((u) => [u.row, Boolean(u.header)])).toEqual([[false, false], [false, false], [false, true], [true, false]]);
  });

  it('keeps a dated log entry whole, but not a sentence that opens with a date', () => {
    const text = '15/03 - KP 10T - found vaping. 1 day internal.\n15/03/2026 09:10 | JB | DSL informed. MASH call made.\nOn 15/03 we met. Tom left.';
    expect(splitUnits(text).units.map((u) => text.slice(u.start, u.end))).toEqual([
      '15/03 - KP 10T - found vaping. 1 day internal.', '15/03/2026 09:10 | JB | DSL informed. MASH call made.', 'On 15/03 we met.', ' Tom left.',
    ]);
  });
});
