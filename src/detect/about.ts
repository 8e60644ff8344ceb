// Who a sensitive term is about, for explaining a finding: the person its link
// points to, when that is a name. Only initials ever leave this module's callers.
import type { NameSpan } from './names';
import type { SensitiveHit } from './sensitive';
import { firstStartingFrom } from './sorted';
import type { Unit } from './units';

/**
 * The named person a linked term is about, from the people the text speaks of (in text order):
 * the first named in its sentence or row; for a list item, the last named before it; for a
 * pronoun, the last named in the two sentences before; for a passage, the nearest named before
 * it (else after it) within the passage link's own reach; for a form, the person its field names;
 * for a note, the first named at its top. Undefined when the link is not a name (an identifier,
 * "your son", a letter's reader).
 */
export function personOf(hit: SensitiveHit, units: Unit[], people: NameSpan[], passageChars: number): NameSpan | undefined {
  // Binary searches only: a text without full stops is one unit holding thousands of people and terms.
  const firstIn = (from: number, to: number): NameSpan | undefined => {
    const p = people[firstStartingFrom(people, from)];
    return p && p.start < to ? p : undefined;
  };
  const lastIn = (from: number, to: number): NameSpan | undefined => {
    const p = people[firstStartingFrom(people, to) - 1];
    return p && p.start >= from ? p : undefined;
  };
  const unit = units[hit.unit]!;
  switch (hit.link) {
    case 'name':
    case 'heading':
      return firstIn(unit.start, unit.end);
    case 'list':
      return lastIn(0, unit.start);
    case 'pronoun':
      return lastIn(units[Math.max(0, hit.unit - 2)]!.start, unit.start);
    case 'passage':
      // The paragraph's person is named before what is said of them; a name after it is more often a sign-off.
      return lastIn(hit.start - passageChars, hit.start) ?? firstIn(hit.end, hit.end + passageChars);
    case 'form':
      // A form is about the person its field names ("Name: Jayden Cooper"), not whoever a forwarded header names first.
      return people.find((p) => p.kind === 'labelled') ?? people[0];
    case 'note':
      return people[0];
    default:
      return undefined;
  }
}

/** The people a text names in full, by their given name ("layla" -> "layla o'brien", the first so named). */
export function fullNamesByGiven(names: NameSpan[]): Map<string, string> {
  const byGiven = new Map<string, string>();
  for (const n of names) {
    if (n.kind === 'given') continue;
    const given = n.key.split(' ')[0]!;
    if (!byGiven.has(given)) byGiven.set(given, n.key);
  }
  return byGiven;
}

/** A given name alone ("Layla") is the person the text names in full with it ("Layla O'Brien"), when it does. */
export const fullKeyOf = (person: NameSpan | undefined, byGiven: Map<string, string>): string | undefined =>
  person?.kind === 'given' ? byGiven.get(person.key) ?? person.key : person?.key;

/** "A. H.": a person's initials, all a finding may say of who they are. */
export const initialsOf = (key: string): string =>
  key.split(' ').filter(Boolean).map((part) => `${part.slice(0, 1).toUpperCase()}.`).join(' ');

/** Distinct people among name keys: a given name alone ("layla") is the person named in full with it ("layla o'brien"), when one is. */
export function distinctPeople(keys: Iterable<string>): string[] {
  const all = [...new Set(keys)];
  const givenOfFull = new Set(all.filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
  return all.filter((k) => k.includes(' ') || !givenOfFull.has(k));
}
