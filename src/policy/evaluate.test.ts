// The shipped rules D1-D9 (contract.md section 3) on constructed findings and recipients.
import { shippedRules } from '../../test/helpers/detect';
import type { Finding, FindingType, RecipientInfo } from '../types';
import { categoryOf } from '../detect/detector';
import { evaluatePolicy } from './evaluate';

const finding = (type: FindingType): Finding => ({ type, category: categoryOf(type), count: 1, confidence: 1, where: 'body', sample: 'x' });
const external: RecipientInfo = { address: 'a@partner.example', field: 'to', class: 'external' };
const internal: RecipientInfo = { address: 'b@oakfield.example', field: 'to', class: 'internal' };
const freemail: RecipientInfo = { address: 'priya.raman@gmail.com', field: 'to', class: 'freemail' };

function decide(types: FindingType[], recipients: RecipientInfo[], visible = 1) {
  return evaluatePolicy(shippedRules().policy, { findings: types.map(finding), recipients, visibleExternalIndividuals: visible, subject: '' });
}

describe('default policy', () => {
  it('allows clean external mail', () => expect(decide([], [external]).action).toBe('allow'));
  it('allows sensitive internal-only mail', () => expect(decide(['health', 'nhs_number', 'bulk_personal_data'], [internal]).action).toBe('allow'));
  it('D1 blocks executables, internal mail too', () => expect(decide(['executable_attachment'], [internal]).action).toBe('block'));
  it('D2 blocks personal data forwarded to the sender\'s own mailbox', () =>
    expect(decide(['self_forward', 'special_educational_needs'], [freemail]).action).toBe('block'));
  it('D2 does not fire for a self-forward without personal data', () =>
    expect(decide(['self_forward'], [freemail]).action).toBe('allow'));
  it('D3 quarantines bulk records to any non-internal recipient', () =>
    expect(decide(['bulk_personal_data', 'nhs_number'], [{ ...external, class: 'secure' }]).action).toBe('quarantine'));
  it('D4 blocks 10 visible individuals', () => expect(decide([], [external], 10).action).toBe('block'));
  it('D4 blocks 3 visible individuals with sensitive content', () => expect(decide(['health'], [external], 3).action).toBe('block'));
  it('D5 warns for 3 to 9 visible individuals', () => {
    expect(decide([], [external], 3).action).toBe('warn');
    expect(decide([], [external], 9).action).toBe('warn');
    expect(decide([], [external], 2).action).toBe('allow');
  });
  it('strong identifiers with 3 visible individuals stay at encrypt', () =>
    expect(decide(['ni_number', 'cc_exposure'], [external], 3).action).toBe('encrypt'));
  it('D6 encrypts personal data to an external recipient', () => {
    const d = decide(['health', 'upn'], [external]);
    expect(d.action).toBe('encrypt');
    expect(d.reasons[0].message).toMatch(/UPN and health information/);
  });
  it('D8 warns for a password beside encrypted content', () =>
    expect(decide(['encrypted_content', 'password_in_message'], [external]).action).toBe('warn'));
  it('D9 quarantines unscannable attachments to outside recipients only', () => {
    expect(decide(['unscannable'], [external]).action).toBe('quarantine');
    expect(decide(['unscannable'], [internal]).action).toBe('allow');
  });
  it('takes the most severe action and lists every rule that fired', () => {
    const d = decide(['health', 'unscannable', 'executable_attachment'], [external]);
    expect(d.action).toBe('block');
    expect(d.reasons.map((r) => r.rule).sort()).toEqual(['executable-attachment', 'external-personal-data', 'unscannable-attachment']);
  });
});

describe('reason messages', () => {
  it('name the data, not the message facts that also matched', () => {
    const d = decide(['self_forward', 'health'], [freemail]);
    expect(d.reasons.find((r) => r.rule === 'self-forward-personal-data')?.message).toBe(
      'Message contains health information and is addressed to your personal mailbox; personal data must stay in school systems',
    );
  });
});
