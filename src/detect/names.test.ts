// Names as words: the runs of capitalised words a name is read from start and end at word edges.
import { shippedRules } from '../../test/helpers/detect';
import { findNames } from './names';

const namesIn = (text: string): string[] => findNames(text, shippedRules().detector.lexicon).map((n) => text.slice(n.start, n.end));

describe('a name is whole words', () => {
  it('not a capitalised part of a word', () => {
    expect(namesIn('The Virtual School will deliver CiC training.')).toEqual([]);
    expect(namesIn('Sold on eBay last week.')).toEqual([]);
  });
  it('while a name after such a word is still found', () => {
    expect(namesIn('Listed on eBay Tom Reed said.')).toContain('Tom Reed');
    expect(namesIn('Łukasz Nowak and Zoë Hart are in 5B.')).toEqual(expect.arrayContaining(['Łukasz Nowak', 'Zoë Hart']));
  });
});

describe('a labelled name', () => {
  it('may give the first name as an initial, and be labelled as children\'s services write it', () => {
    expect(namesIn('Student: T. Wilson (10X)')).toContain('T. Wilson');
    expect(namesIn('CYP: Maya Iqbal (Y9)')).toContain('Maya Iqbal');
  });
  it('but not a word after the initial', () => {
    expect(namesIn('Candidate: A Level results are out.')).toEqual([]);
  });
});

describe('a place of several words', () => {
  it.each(['The suspension of the New York banks in 1837.', 'He lives in Sierra Leone now.', 'Costa Rica and Puerto Rico joined.', 'Knife crime in Milton Keynes rose.', 'The trip to Stoke-on-Trent is on Friday.'])(
    'is no one: %s', (text) => expect(namesIn(text)).toEqual([]));
  it('while its words still name people elsewhere', () =>
    expect(namesIn('Francisco Lopez, Diego Costa and Kay Milton joined.')).toEqual(['Francisco Lopez', 'Diego Costa', 'Kay Milton']));
});

describe("a saint's name", () => {
  it.each(["We went to St Patrick's Church.", "The Saint George's Day parade is on Sunday.", 'Cadets meet at St. John Ambulance hall.'])('is no one: %s', (text) =>
    expect(namesIn(text)).toEqual([]));
  it('while a person beside it is still found', () => expect(namesIn("Mrs Hall teaches at St Mary's.")).toEqual(['Mrs Hall']));
});
