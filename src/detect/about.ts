// Who a sensitive term is about, for explaining a finding: the person its link
// points to, when that is a name. Only initials ever leave this module's callers.
import type { NameSpan } from './names';
import type { SensitiveHit } from './sensitive';
import { firstStartingFrom } from './sorted';
import type { Unit } from './units';

/** How far a passage reaches for its person (the same reach as the link itself). */
const PASSAGE_CHARS = 250;

/**
 * The named person a linked term is about, from the people the text speaks of (in text order):
 * the first named in its sentence or row; for a list item, the last named before it; for a
 * pronoun, the last named in the two sentences before; for a passage, the nearest named before
 * it (else after it); for a form or note, the first named at its top. Undefined when the link is
 * not a name (an identifier, "your son", a letter's reader).
 */
export function personOf(hit: SensitiveHit, units: Unit[], people: NameSpan[]): NameSpan | undefined {
  const within = (from: number, to: number): NameSpan[] => {
    const found: NameSpan[] = [];
    for (let i = firstStartingFrom(people, from); i < people.length && people[i]!.start < to; i++) found.push(people[i]!);
    return found;
  };
  const unit = units[hit.unit]!;
  switch (hit.link) {
    case 'name':
    case 'heading':
      return within(unit.start, unit.end)[0];
    case 'list':
      return within(0, unit.start).at(-1);
    case 'pronoun':
      return within(units[Math.max(0, hit.unit - 2)]!.start, unit.start).at(-1);
    case 'passage':
      // The paragraph's person is named before what is said of them; a name after it is more often a sign-off.
      return within(hit.start - PASSAGE_CHARS, hit.start).at(-1) ?? within(hit.end, hit.end + PASSAGE_CHARS)[0];
    case 'form':
    case 'note':
      return people[0];
    default:
      return undefined;
  }
}

/** A given name alone ("Layla") is the person the text names in full with it ("Layla O'Brien"), when it does. */
export function fullKeyOf(person: NameSpan | undefined, names: NameSpan[]): string | undefined {
  if (person?.kind !== 'given') return person?.key;
  return names.find((n) => n.kind !== 'given' && n.key.startsWith(`${person.key} `))?.key ?? person.key;
}

/** "A. H.": a person's initials, all a finding may say of who they are. */
export const initialsOf = (key: string): string =>
  key.split(' ').filter(Boolean).map((part) => `${part.slice(0, 1).toUpperCase()}.`).join(' ');

/** Distinct people among name keys: a given name alone ("layla") is the person named in full with it ("layla o'brien"), when one is. */
export function distinctPeople(keys: Iterable<string>): string[] {
  const all = [...new Set(keys)];
  return all.filter((k) => k.includes(' ') || !all.some((other) => other.startsWith(`${k} `)));
}
