import { simpleParser } from 'mailparser';
import { appendDisclaimer } from './disclaimer';

const disclaimer = { text: 'This e-mail is confidential. Oakfield School, Data Protection Officer: dpo@oakfield.example' };

async function parsed(raw: Buffer) {
  return simpleParser(raw);
}

describe('appendDisclaimer', () => {
  it('appends to a plain text body, keeping accented text intact (re-encoded as UTF-8)', async () => {
    const raw = Buffer.concat([
      Buffer.from('From: a@oakfield.example\r\nTo: p@gmail.com\r\nSubject: Trip\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      Buffer.from('Café trip on Friday.\r\n', 'latin1'),
    ]);
    const outcome = await appendDisclaimer(raw, disclaimer);
    expect(outcome.added).toBe(true);
    const mail = await parsed(outcome.raw);
    expect(mail.text).toBe(`Café trip on Friday.\n\n${disclaimer.text}\n`);
    expect(mail.subject).toBe('Trip');
  });

  it('appends to both alternatives, HTML inside <body>, and leaves attachments byte for byte', async () => {
    const attachment = Buffer.from('Name,Note\nA,plain text attachment\n').toString('base64');
    const raw = Buffer.from(
      'From: a@oakfield.example\r\nTo: p@gmail.com\r\nSubject: Trip\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="m"\r\n\r\n' +
        '--m\r\nContent-Type: multipart/alternative; boundary="a"\r\n\r\n' +
        '--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello\r\n' +
        '--a\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n' + Buffer.from('<html><body><p>Hello</p></body></html>').toString('base64') + '\r\n' +
        '--a--\r\n' +
        `--m\r\nContent-Type: text/plain; name="notes.txt"\r\nContent-Disposition: attachment; filename="notes.txt"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}\r\n` +
        '--m--\r\n',
    );
    const outcome = await appendDisclaimer(raw, { ...disclaimer, html: '<p class="d">Confidential &amp; private</p>' });
    expect(outcome.added).toBe(true);
    const mail = await parsed(outcome.raw);
    expect(mail.text).toContain(disclaimer.text);
    expect(mail.html).toBe('<html><body><p>Hello</p><p class="d">Confidential &amp; private</p></body></html>');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.content.toString()).toBe('Name,Note\nA,plain text attachment\n');
    expect(outcome.raw.toString()).toContain(attachment);
  });

  it('escapes the text for the default HTML form', async () => {
    const raw = Buffer.from('From: a@oakfield.example\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>\r\n');
    const outcome = await appendDisclaimer(raw, { text: 'Terms <apply> & more' });
    expect((await parsed(outcome.raw)).html).toContain('Terms &lt;apply&gt; &amp; more');
  });

  it('does not touch a forwarded message inside the mail', async () => {
    const raw = Buffer.from(
      'From: a@oakfield.example\r\nContent-Type: multipart/mixed; boundary="m"\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\nSee below\r\n' +
        '--m\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@y.example\r\nSubject: Old\r\nContent-Type: text/plain\r\n\r\nOriginal words\r\n--m--\r\n',
    );
    const outcome = await appendDisclaimer(raw, disclaimer);
    expect(outcome.added).toBe(true);
    const mail = await parsed(outcome.raw);
    expect(mail.text).toBe(`See below\n\n${disclaimer.text}\n`);
    expect(mail.attachments[0]!.content.toString()).toBe('From: x@y.example\r\nSubject: Old\r\nContent-Type: text/plain\r\n\r\nOriginal words');
  });

  it('leaves signed, encrypted and already-disclaimed mail unchanged and says why', async () => {
    const dkim = Buffer.from('DKIM-Signature: v=1; d=oakfield.example\r\nFrom: a@oakfield.example\r\n\r\nHello\r\n');
    expect(await appendDisclaimer(dkim, disclaimer)).toEqual({ added: false, raw: dkim, why: 'signed' });
    const smime = Buffer.from('From: a@oakfield.example\r\nContent-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="s"\r\n\r\n--s\r\nContent-Type: text/plain\r\n\r\nHello\r\n--s--\r\n');
    expect(await appendDisclaimer(smime, disclaimer)).toEqual({ added: false, raw: smime, why: 'signed' });
    const encrypted = Buffer.from('From: a@oakfield.example\r\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAx\r\n');
    expect(await appendDisclaimer(encrypted, disclaimer)).toEqual({ added: false, raw: encrypted, why: 'encrypted' });
    const once = (await appendDisclaimer(Buffer.from('From: a@oakfield.example\r\n\r\nHello\r\n'), disclaimer)).raw;
    expect(await appendDisclaimer(once, disclaimer)).toMatchObject({ added: false, why: 'present' });
  });
});
