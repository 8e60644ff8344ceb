// Who a sensitive finding is about, as its evidence says: initials only, never the name.
import { findingsOf } from '../../test/helpers/detect';

const evidenceOf = (text: string, type: string): string => findingsOf(text).find((f) => f.type === type)?.evidence ?? '';

describe("a sensitive finding's evidence", () => {
  it('names the person a term is about by initials, never in full', () => {
    const evidence = evidenceOf('Amelia Hart has been diagnosed with epilepsy.', 'health');
    expect(evidence).toBe('term from the health vocabulary about A. H., linked to a named person in the same sentence or row');
    expect(evidence).not.toMatch(/Amelia|Hart|epilepsy/);
  });

  it('counts a given name alone as the person named in full elsewhere', () =>
    expect(evidenceOf("Layla O'Brien joined in May. Layla told her tutor she has been self-harming.", 'health')).toMatch(/about L\. O\., /));

  it('counts each other person', () =>
    expect(evidenceOf('Amy Hart has asthma. Tom Reed has epilepsy. Jo Ng has diabetes.', 'health')).toMatch(/about A\. H\. and 2 others, /));

  it('takes the person named before a passage, not the sign-off after it', () =>
    expect(evidenceOf('The fingerprint template for Habiba Ali (Year 8) no longer matches at the till; please re-enrol her thumbprint.\nThanks\nLukasz Nowak', 'biometric_genetic'))
      .toMatch(/about H\. A\., /));

  it('takes the person named in the sentence before a pronoun', () =>
    expect(evidenceOf('Jane Smith joined in May. Her inhaler is in the office.', 'health')).toMatch(/about J\. S\., linked to a named person in the sentence before/));

  it("takes a form's subject from its name field, not a forwarded header above it", () =>
    expect(evidenceOf('From: Karen Lowe <k.lowe@oakfield.example>\nHi, here are the details you asked for:\nName: Jayden Cooper\nDOB: 03/09/2014\nMedical: Asthma (inhaler in bag)', 'health'))
      .toMatch(/about J\. C\., linked to a form/));

  it('says no one when the link is not a name', () =>
    expect(evidenceOf('Your son has been diagnosed with epilepsy.', 'health')).toBe('term from the health vocabulary linked to a reference to one person in the same sentence'));
});
