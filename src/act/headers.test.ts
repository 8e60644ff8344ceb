import { addressedOnlyTo, stripOwnHeaders, taggedForEncryption } from './headers';

describe('stripOwnHeaders', () => {
  it('removes X-Mailward fields, folded lines included, and leaves everything else byte for byte', () => {
    const raw = Buffer.from('From: a@oakfield.example\r\nX-Mailward-Verdict: allow;\r\n\tscanned\r\nSubject: Hi\r\nx-mailward-id: 1\r\n\r\nBody X-Mailward-Verdict: stays\r\n');
    expect(stripOwnHeaders(raw).toString()).toBe('From: a@oakfield.example\r\nSubject: Hi\r\n\r\nBody X-Mailward-Verdict: stays\r\n');
  });
  it('returns the same buffer when there is nothing to remove', () => {
    const raw = Buffer.from('From: a@oakfield.example\n\nBody\n');
    expect(stripOwnHeaders(raw)).toBe(raw);
  });
});

describe('addressedOnlyTo', () => {
  it('shows only the one recipient, drops Cc, and keeps the rest byte for byte', () => {
    const raw = Buffer.from('From: a@oakfield.example\r\nTo: p1@gmail.com,\r\n p2@gmail.com\r\nCc: p3@outlook.com\r\nSubject: Trip\r\n\r\nBody\r\n');
    expect(addressedOnlyTo(raw, 'p2@gmail.com').toString()).toBe('From: a@oakfield.example\r\nTo: <p2@gmail.com>\r\nSubject: Trip\r\n\r\nBody\r\n');
  });
});

describe('taggedForEncryption', () => {
  it('adds the header and prefixes the subject, body untouched', () => {
    const raw = Buffer.from('From: a@oakfield.example\r\nSubject: Care plan\r\n\r\nBody\r\n');
    expect(taggedForEncryption(raw, { header: 'X-Encrypt: yes', subjectTag: '[encrypt]' }).toString()).toBe(
      'X-Encrypt: yes\r\nFrom: a@oakfield.example\r\nSubject: [encrypt] Care plan\r\n\r\nBody\r\n',
    );
  });
});
