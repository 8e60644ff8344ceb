// Recipient S/MIME certificates for tests, and decryption with the openssl command
// (an implementation independent of the one Mailward encrypts with).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import selfsigned from 'selfsigned';

export interface RecipientKey {
  certFile: string;
  keyFile: string;
}

/** Writes `<dir>/<name>.pem` (certificate naming `address`) and `<dir>/<name>.key` (outside *.pem). */
export async function makeRecipientCertificate(dir: string, name: string, address: string, options: { notAfterDate?: Date } = {}): Promise<RecipientKey> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: address }], {
    keySize: 2048,
    notAfterDate: options.notAfterDate,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 1, value: address }] }],
  });
  fs.mkdirSync(dir, { recursive: true });
  const certFile = path.join(dir, `${name}.pem`);
  const keyFile = path.join(dir, `${name}.key`);
  fs.writeFileSync(certFile, pems.cert);
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  return { certFile, keyFile };
}

/** The decrypted MIME entity, as `openssl cms -decrypt` reads the message. */
export function decryptWithOpenssl(message: Buffer, key: RecipientKey): string {
  return execFileSync('openssl', ['cms', '-decrypt', '-inkey', key.keyFile, '-recip', key.certFile], { input: message }).toString('latin1');
}
