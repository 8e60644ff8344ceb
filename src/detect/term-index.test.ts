import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { defaultRulesDir } from '../policy/load';
import { seededRandom } from '../../test/helpers/random';
import { ownerBit, TermIndex, TermText, termStarts, termUnion } from './term-index';

describe('termStarts', () => {
  it.each([
    ['(?:type [12] )?diabet(?:es|ic)', true, ['type 1 d', 'type 2 d', 'diabetes', 'diabetic']],
    ['self[- ]harm(?:ing)?', true, ['self-har', 'self har']],
    ['OCD', true, ['ocd']],
    ['MS', false, ['MS']],
    ["crohn'?s", true, ["crohn's", 'crohns']],
    ['(?<=: )VI(?![A-Za-z])', false, ['VI']],
    ['[Ss]eizures?', false, ['Seizure', 'Seizures', 'seizure', 'seizures']],
    ['ab+c', true, ['ab']],

  ])('%s starts with %j', (term, caseInsensitive, expected) => {
    expect(termStarts(term, caseInsensitive)?.sort()).toEqual([...expected].sort());
  });

  it('shortens the key until the starts are few enough', () => {
    // Eight characters would give 3 x 17 = 51 starts; five give "this ", "that " and "the " with each first letter.
    const starts = termStarts('(?:this|the|that) (?:pupil|student|child|young person|learner|boy|girl|candidate|employee|claimant|colleague|member|staff|volunteer|teacher|applicant|patient)', true);
    expect(starts).toContain('the p');
    expect(starts!.length).toBeLessThanOrEqual(48);
    expect(new Set(starts!.map((s) => s.length))).toEqual(new Set([5]));
  });

  it.each(['\\d+ days', '[A-Z]{2} code', '.ither', '(?:a|)b|\\w+'])('%s has no bounded start', (term) => {
    expect(termStarts(term, true)).toBeNull();
  });
});

/** Every position where the plain union matches: what TermIndex must reproduce. */
function unionStarts(parts: string[], caseInsensitive: boolean, text: string): number[] {
  const re = termUnion(parts, caseInsensitive ? 'giu' : 'gu')!;
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

describe('TermIndex', () => {
  // The shipped vocabularies' term lists, as written.
  const dir = path.join(defaultRulesDir(), 'vocabularies');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, string[] | undefined>);
  const lists: [string, string[], boolean][] = [
    ['terms', files.flatMap((v) => v.terms ?? []), true],
    ['case-sensitive terms', files.flatMap((v) => v.case_sensitive_terms ?? []), false],
    ['ignore phrases', files.flatMap((v) => v.ignore ?? []), true],
    ['person references', files.flatMap((v) => v.references ?? []), true],
  ];
  // Words from those lists, in both cases, mixed with filler and punctuation: many near misses.
  const words = lists.flatMap(([, list]) => list.join(' ').replace(/\\[a-z]|[^A-Za-z'0-9 -]/g, ' ').split(/\s+/)).filter((w) => w.length > 1);
  // Filler includes a few whole phrases each list matches, so every list is exercised whatever words the lists add.
  const filler = ['the', 'pupil', 'Jane', 'said', 'on', 'in', 'care', 'with', 'and', '2024', 'type', '1', 'Year 7', 'SEN', 'PP:', ': PP', 'EHCP',
    'he is', 'she was', 'his son', 'the pupil', 'health and safety', 'religious education', 'free school meals policy',
    "Jane's partner", 'her uncle', 'this uncle'];
  // A fixed seed: the texts are the same on every run.
  const random = seededRandom(7);
  const texts = Array.from({ length: 40 }, () => {
    const out: string[] = [];
    for (let i = 0; i < 400; i++) {
      const w = random(3) === 0 ? filler[random(filler.length)]! : words[random(words.length)]!;
      out.push(random(4) === 0 ? w.toUpperCase() : w, ['  ', ' ', ', ', '. ', '\n', '-', ': '][random(7)]!);
    }
    return out.join('');
  });

  it.each(lists)('finds exactly the positions the union finds, over the shipped %s', (_name, list, caseInsensitive) => {
    expect(list.length).toBeGreaterThan(0);
    const index = new TermIndex(list, caseInsensitive);
    let found = 0;
    for (const text of texts) {
      const starts = index.starts(new TermText(text));
      expect(starts).toEqual(unionStarts(list, caseInsensitive, text));
      found += starts.length;
    }
    expect(found).toBeGreaterThan(10); // the texts do exercise the terms
  });

  it.each(lists.slice(0, 3))('tells at each start every list of the shipped %s that matches there', (_name, list, caseInsensitive) => {
    // The files' lists as owners, as the vocabulary set uses them.
    const key = { terms: 'terms', 'case-sensitive terms': 'case_sensitive_terms', 'ignore phrases': 'ignore' }[_name]!;
    const owned = files.map((f) => f[key] ?? []);
    const index = new TermIndex(owned.flat(), caseInsensitive, owned.flatMap((terms, i) => terms.map(() => i)));
    let checked = 0;
    for (const text of texts) {
      const found = index.startsWithOwners(new TermText(text));
      expect(found.map((s) => s.at)).toEqual(unionStarts(list, caseInsensitive, text));
      owned.forEach((terms, i) => {
        if (!terms.length) return;
        for (const at of unionStarts(terms, caseInsensitive, text)) {
          expect(found.find((s) => s.at === at)!.owners & ownerBit(i)).not.toBe(0);
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(10);
  });

  it.each(lists.slice(0, 3))('matches at each start what the whole union, or one list\'s own union, matches, over the shipped %s', (_name, list, caseInsensitive) => {
    const key = { terms: 'terms', 'case-sensitive terms': 'case_sensitive_terms', 'ignore phrases': 'ignore' }[_name]!;
    const owned = files.map((f) => f[key] ?? []);
    const index = new TermIndex(owned.flat(), caseInsensitive, owned.flatMap((terms, i) => terms.map(() => i)));
    const flags = caseInsensitive ? 'iuy' : 'uy';
    const whole = termUnion(list, flags)!;
    const own = owned.map((terms) => termUnion(terms, flags));
    let checked = 0;
    for (const text of texts.slice(0, 15)) {
      const prepared = new TermText(text);
      for (const at of index.starts(prepared)) {
        whole.lastIndex = at;
        expect(index.matchAt(prepared, at)?.[0]).toBe(whole.exec(text)?.[0]);
        own.forEach((union, i) => {
          if (!union) return;
          union.lastIndex = at;
          expect(index.matchAt(prepared, at, i)?.[0]).toBe(union.exec(text)?.[0]);
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('marks an owner only where one of its own terms could start: a list that cannot match is not asked', () => {
    const index = new TermIndex(['asthma', 'autism', 'diabetes'], true, [0, 1, 0]);
    expect(index.startsWithOwners(new TermText('Asthma, autism and diabetes'))).toEqual([
      { at: 0, owners: ownerBit(0) }, { at: 8, owners: ownerBit(1) }, { at: 19, owners: ownerBit(0) },
    ]);
  });

  it('has no entry twice in one vocabulary list (a repeat is dead weight and hides which one was meant)', () => {
    for (const vocabulary of files) {
      for (const key of ['terms', 'case_sensitive_terms', 'ignore', 'references']) {
        const list = vocabulary[key] ?? [];
        expect(list.filter((entry, i) => list.indexOf(entry) !== i)).toEqual([]);
      }
    }
  });

  it.each(lists)('looks up every one of the shipped %s by its start, so none costs a pass over the whole text', (_name, list, caseInsensitive) => {
    expect(new TermIndex(list, caseInsensitive).unboundedTerms).toEqual([]);
  });

  it.each(lists)('finds within a range exactly the starts in that range, over the shipped %s', (_name, list, caseInsensitive) => {
    const index = new TermIndex(list, caseInsensitive);
    for (const text of texts.slice(0, 10)) {
      const prepared = new TermText(text);
      const all = index.starts(prepared);
      for (let k = 0; k < 20; k++) {
        const from = random(text.length);
        const to = from + random(300);
        expect(index.starts(prepared, from, to)).toEqual(all.filter((p) => p >= from && p < to));
      }
    }
  });

  it('falls back to the plain search where lower-casing changes the text length or folds apart', () => {
    const index = new TermIndex(['diabet(?:es|ic)', 'kid'], true);
    expect(index.starts(new TermText('İ DIABETES and \u212Aid'))).toEqual(unionStarts(['diabet(?:es|ic)', 'kid'], true, 'İ DIABETES and \u212Aid'));
    expect(index.starts(new TermText('İ DIABETES and \u212Aid'))).toEqual([2, 15]);
    expect(index.matchAt(new TermText('İ DIABETES and \u212Aid'), 2)?.[0]).toBe('DIABETES');
  });

  it('reports the span the union reports at each start', () => {
    const index = new TermIndex(['health and social care', 'health', '\\d+ days? off'], true);
    expect(index.spans(new TermText('Health and Social Care: 3 days off'))).toEqual([{ start: 0, end: 22 }, { start: 24, end: 34 }]);
  });
});
