// S/MIME encryption for recipients whose certificate the school holds (R8 "encrypt").
// Certificates are PEM files in one folder; each is matched to recipients by the
// e-mail addresses it was issued for. The enveloped data is built by node-forge
// (CMS EnvelopedData, AES-256-CBC content key, RSA key transport), the form every
// S/MIME mail client reads.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { MailwardError, errorMessage } from '../errors';
import { dropFields, joinHeader, splitHeader } from './headers';

interface RecipientCertificate {
  file: string;
  certificate: forge.pki.Certificate;
  notAfter: Date;
}

const CERT_FILE = /\.(pem|crt|cer)$/i;

/** The addresses a certificate was issued for: rfc822Name entries and the subject's emailAddress. */
function addressesOf(x509: crypto.X509Certificate): string[] {
  const fromAltNames = (x509.subjectAltName ?? '')
    .split(/,\s*/)
    .filter((entry) => entry.startsWith('email:'))
    .map((entry) => entry.slice('email:'.length));
  const fromSubject = [...x509.subject.matchAll(/^emailAddress=(.+)$/gm)].map((m) => m[1]!);
  return [...new Set([...fromAltNames, ...fromSubject].map((a) => a.trim().toLowerCase()))];
}

export class RecipientCertificates {
  private constructor(
    private readonly byAddress: Map<string, RecipientCertificate>,
    readonly source: string,
  ) {}

  /**
   * Reads every .pem/.crt/.cer in `dir`. A certificate that cannot be used (unreadable,
   * not RSA, expired, naming no address) is reported through `warn` and skipped, so
   * one bad file does not stop the gateway; a missing folder is a configuration error.
   */
  static load(dir: string, warn: (message: string) => void, now = new Date()): RecipientCertificates {
    let files: string[];
    try {
      files = fs.readdirSync(dir).filter((f) => CERT_FILE.test(f)).sort();
    } catch (err) {
      throw new MailwardError('MW_ERR_CONFIG_INVALID', `S/MIME certificate folder ${dir} cannot be read: ${errorMessage(err)}`);
    }
    const byAddress = new Map<string, RecipientCertificate>();
    for (const name of files) {
      const file = path.join(dir, name);
      try {
        const pem = fs.readFileSync(file, 'utf8');
        const x509 = new crypto.X509Certificate(pem);
        const notAfter = new Date(x509.validTo);
        if (notAfter < now) throw new Error(`expired on ${notAfter.toISOString().slice(0, 10)}`);
        if (x509.publicKey.asymmetricKeyType !== 'rsa') throw new Error(`${x509.publicKey.asymmetricKeyType} keys are not supported for S/MIME encryption; RSA only`);
        const addresses = addressesOf(x509);
        if (addresses.length === 0) throw new Error('names no e-mail address (subjectAltName email or emailAddress)');
        const entry = { file, certificate: forge.pki.certificateFromPem(pem), notAfter };
        for (const address of addresses) byAddress.set(address, entry);
      } catch (err) {
        warn(`S/MIME certificate ${file} skipped: ${errorMessage(err)}`);
      }
    }
    return new RecipientCertificates(byAddress, dir);
  }

  get size(): number {
    return this.byAddress.size;
  }

  /** True when `address` has a certificate that is still valid at `now`. */
  has(address: string, now = new Date()): boolean {
    const entry = this.byAddress.get(address.toLowerCase());
    return entry !== undefined && entry.notAfter >= now;
  }

  /**
   * The message as application/pkcs7-mime enveloped data readable by each of
   * `recipients` (all must have a certificate). The routing headers (From, To, Cc,
   * Subject, Date, Message-ID...) stay outside, as S/MIME defines; the content
   * headers and body are encrypted.
   */
  encrypt(raw: Buffer, recipients: string[]): Buffer {
    const { lines, rest } = splitHeader(raw);
    const crlf = (fields: string[]) => fields.map((line) => line.replace(/\r?\n$/, '\r\n'));
    // Content-* fields go inside with the body; the rest stay outside, with a MIME-Version of our own.
    const inner = crlf(dropFields(lines, /^(?!content-)/i));
    const outer = crlf(dropFields(lines, /^(?:content-|mime-version:)/i));
    // The encrypted entity is canonical MIME: CRLF line endings throughout.
    const body = rest.toString('latin1').replace(/^\r?\n/, '').replace(/\r?\n/g, '\r\n');
    const entity = `${inner.join('')}\r\n${body}`;

    const envelope = forge.pkcs7.createEnvelopedData();
    for (const recipient of recipients) {
      const entry = this.byAddress.get(recipient.toLowerCase());
      if (!entry) throw new Error('no S/MIME certificate for a recipient');
      envelope.addRecipient(entry.certificate);
    }
    envelope.content = forge.util.createBuffer(entity, 'raw');
    envelope.encrypt(); // AES-256-CBC with a fresh random key, wrapped for each recipient
    const der = Buffer.from(forge.asn1.toDer(envelope.toAsn1()).getBytes(), 'binary');
    const encoded = der.toString('base64').replace(/.{76}/g, '$&\r\n').replace(/\r\n$/, '');
    return joinHeader(
      [
        ...outer,
        'MIME-Version: 1.0\r\n',
        'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\r\n',
        'Content-Transfer-Encoding: base64\r\n',
        'Content-Disposition: attachment; filename="smime.p7m"\r\n',
        '\r\n',
      ],
      Buffer.from(`${encoded}\r\n`, 'latin1'),
    );
  }
}
