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
