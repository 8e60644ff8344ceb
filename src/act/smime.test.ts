import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decryptWithOpenssl, makeRecipientCertificate, type RecipientKey } from '../../test/helpers/smime';
import { RecipientCertificates } from './smime';

let dir: string;
let alice: RecipientKey;
let bob: RecipientKey;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mw-smime-'));
  alice = await makeRecipientCertificate(dir, 'alice', 'Alice@Partner.example');
  bob = await makeRecipientCertificate(dir, 'bob', 'bob@clinic.example');
  fs.writeFileSync(path.join(dir, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const message = Buffer.from(
  'From: Head <head@oakfield.example>\r\nTo: alice@partner.example, bob@clinic.example\r\nSubject: Care plan\r\nMIME-Version: 1.0\r\n' +
    'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nMaya Patel has a care plan for epilepsy.\r\n',
);

describe('RecipientCertificates', () => {
  it('matches certificates to their addresses case-insensitively and skips unusable files with a reason', () => {
    const warnings: string[] = [];
    const certs = RecipientCertificates.load(dir, (w) => warnings.push(w));
    expect(certs.has('alice@partner.example')).toBe(true);
    expect(certs.has('BOB@clinic.example')).toBe(true);
    expect(certs.has('carol@partner.example')).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/broken\.pem skipped/)]);
  });

  it('skips certificates that have expired', () => {
    const warnings: string[] = [];
    const certs = RecipientCertificates.load(dir, (w) => warnings.push(w), new Date(Date.now() + 5 * 365 * 86400_000));
    expect(certs.has('alice@partner.example')).toBe(false);
    expect(warnings.filter((w) => /expired on/.test(w))).toHaveLength(2);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => RecipientCertificates.load(path.join(dir, 'missing'), () => undefined)).toThrow(/cannot be read/);
  });

  it('encrypts content headers and body for every recipient; routing headers stay readable; nothing in clear', () => {
    const certs = RecipientCertificates.load(dir, () => undefined);
    const encrypted = certs.encrypt(message, ['alice@partner.example', 'bob@clinic.example']);
    const text = encrypted.toString('latin1');
    const [head] = text.split('\r\n\r\n');
    expect(head).toMatch(/^Subject: Care plan$/m);
    expect(head).toMatch(/^To: alice@partner.example, bob@clinic.example$/m);
    expect(head).toMatch(/^Content-Type: application\/pkcs7-mime; smime-type=enveloped-data/m);
    expect(head).not.toMatch(/charset=utf-8/);
    expect(text).not.toContain('epilepsy');
    for (const key of [alice, bob]) {
      const entity = decryptWithOpenssl(encrypted, key);
      expect(entity).toBe('Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nMaya Patel has a care plan for epilepsy.\r\n');
    }
  });
});
