import { typesOf } from '../../test/helpers/detect';
import { normaliseText } from './normalise';

describe('text as the detector reads it', () => {
  it('makes look-alike spaces, dashes and digits plain, and drops invisible characters', () => {
    expect(normaliseText('943\u00a0476\u202f5919')).toBe('943 476 5919');
    expect(normaliseText('943\u2013476\u20145919')).toBe('943-476-5919');
    expect(normaliseText('\uff19\uff14\uff13 476 5919')).toBe('943 476 5919');
    expect(normaliseText('epi\u00adlepsy, 943\u200b476\u200b5919\ufeff')).toBe('epilepsy, 9434765919');
    expect(normaliseText('Jehovah’s Witness')).toBe("Jehovah's Witness");
  });

  it('makes full-width letters and Latin ligatures plain', () => {
    expect(normaliseText('ＡＤＨＤ, Ｙ６')).toBe('ADHD, Y6');
    expect(normaliseText('diﬃculties, ﬁts, ﬂu')).toBe('difficulties, fits, flu');
  });

  it('leaves plain ASCII as it is', () => {
    const text = 'NHS number: 943 476 5919';
    expect(normaliseText(text)).toBe(text);
  });
});

describe('identifiers typed with no-break spaces, dashes or full-width digits', () => {
  it.each([
    ['NHS number: 943\u00a0476\u00a05919', ['nhs_number']],
    ['NHS number: 943\u2013476\u20135919', ['nhs_number']],
    ['NHS number: \uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19', ['nhs_number']],
    ['NI number: AB\u00a012\u00a034\u00a056\u00a0C', ['ni_number']],
    ['IBAN GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032', ['iban']],
    ['Card 4111\u00a01111\u00a01111\u00a01111', ['payment_card']],
    ['Sort code 40\u00a047\u00a084, account 70872490', ['bank_account']],
    ['Harvey Cole has epi\u00adlepsy.', ['health']],
    ['Harvey Cole has \uff21\uff24\uff28\uff24.', ['health']],
    ['Harvey Cole has signiﬁcant diﬃculties with reading.', ['special_educational_needs']],
  ])('%j', (text, want) => expect(typesOf(text as string)).toEqual(want));

  it('still refuses a no-break-spaced number that fails its check digit', () => {
    expect(typesOf('NHS number: 943\u00a0476\u00a05918')).toEqual([]);
  });
});
