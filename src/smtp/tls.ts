// TLS material for STARTTLS: the configured certificate, or a development
// certificate made on first start (and said so), never committed to the repository.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import selfsigned from 'selfsigned';
import type { Config } from '../config/schema';
import { MailwardError, errorMessage } from '../errors';

export interface TlsMaterial {
  key: Buffer;
  cert: Buffer;
  source: string;
}

export async function loadTls(config: Config, notice: (message: string) => void): Promise<TlsMaterial> {
  const configured = config.smtp.tls.cert_file && config.smtp.tls.key_file;
  const certFile = config.smtp.tls.cert_file ?? path.join(config.data_dir, 'certs', 'dev-cert.pem');
  const keyFile = config.smtp.tls.key_file ?? path.join(config.data_dir, 'certs', 'dev-key.pem');
  if (!configured && !(fs.existsSync(certFile) && fs.existsSync(keyFile))) {
    const host = os.hostname();
    const pems = await selfsigned.generate([{ name: 'commonName', value: host }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: host }, { type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    });
    fs.mkdirSync(path.dirname(certFile), { recursive: true, mode: 0o700 });
    fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
    fs.writeFileSync(certFile, pems.cert);
    notice(`created a self-signed development certificate ${certFile} for STARTTLS; configure smtp.tls with a real one for production`);
  }
  try {
    return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile), source: configured ? certFile : `development certificate ${certFile}` };
  } catch (err) {
    throw new MailwardError('MW_ERR_CONFIG_INVALID', `TLS certificate or key cannot be read: ${errorMessage(err)}`);
  }
}
