// Keys for quarantine encryption at rest (AES-256-GCM). A key file holds every
// key still needed to decrypt, and which one encrypts new items:
//   { "current": "k2", "keys": { "k1": "<base64 32 bytes>", "k2": "..." } }
// or a single key in MAILWARD_QUARANTINE_KEY ("id:base64" or just base64).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MailwardError, errorMessage } from '../errors';

export interface KeyRing {
  currentId: string;
  keys: Map<string, Buffer>;
  /** Where the ring came from, for messages ("file /data/quarantine.key" or "MAILWARD_QUARANTINE_KEY"). */
  source: string;
}

const keyFileSchema = z.object({ current: z.string().min(1), keys: z.record(z.string(), z.string()) }).strict();

function decodeKey(id: string, encoded: string, source: string): Buffer {
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== 32) throw new MailwardError('MW_ERR_KEY_INVALID', `${source}: key ${id} is not 32 bytes of base64`);
  return key;
}

export function keyRingFromEnv(value: string): KeyRing {
  const [id, encoded] = value.includes(':') ? value.split(':', 2) : ['env', value];
  return { currentId: id, keys: new Map([[id, decodeKey(id, encoded, 'MAILWARD_QUARANTINE_KEY')]]), source: 'MAILWARD_QUARANTINE_KEY' };
}

export function readKeyFile(file: string): KeyRing {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new MailwardError('MW_ERR_KEY_INVALID', `${file}: ${errorMessage(err)}`);
  }
  const result = keyFileSchema.safeParse(parsed);
  if (!result.success) throw new MailwardError('MW_ERR_KEY_INVALID', `${file}: not a Mailward key file (${result.error.issues[0].message})`);
  const keys = new Map(Object.entries(result.data.keys).map(([id, k]) => [id, decodeKey(id, k, file)]));
  if (!keys.has(result.data.current)) throw new MailwardError('MW_ERR_KEY_INVALID', `${file}: current key ${result.data.current} is not in the file`);
  return { currentId: result.data.current, keys, source: `file ${file}` };
}

export function newKeyId(): string {
  return `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${crypto.randomBytes(3).toString('hex')}`;
}

/** Writes a key file with owner-only permissions, atomically (temporary file, then rename). */
export function writeKeyFile(file: string, ring: Pick<KeyRing, 'currentId' | 'keys'>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = JSON.stringify({ current: ring.currentId, keys: Object.fromEntries([...ring.keys].map(([id, k]) => [id, k.toString('base64')])) }, null, 2);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, body, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export interface KeySource {
  env?: string;
  file: string;
  /** Create the file with a new key when missing (the embedded default). */
  create: boolean;
}

/** The key ring from the environment, else the key file (created on first start when allowed). */
export function loadKeyRing(source: KeySource, notice: (message: string) => void = () => undefined): KeyRing {
  if (source.env) return keyRingFromEnv(source.env);
  if (!fs.existsSync(source.file)) {
    if (!source.create) throw new MailwardError('MW_ERR_KEY_INVALID', `quarantine key file ${source.file} does not exist`);
    const id = newKeyId();
    writeKeyFile(source.file, { currentId: id, keys: new Map([[id, crypto.randomBytes(32)]]) });
    notice(`created quarantine key file ${source.file} (owner-only); back it up: quarantined mail cannot be read without it`);
  }
  return readKeyFile(source.file);
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM: iv | tag | ciphertext, with the item id as associated data so items cannot be swapped. */
export function encrypt(ring: KeyRing, plaintext: Buffer, associated: string): { keyId: string; sealed: Buffer } {
  const key = ring.keys.get(ring.currentId) as Buffer;
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associated));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { keyId: ring.currentId, sealed: Buffer.concat([iv, cipher.getAuthTag(), body]) };
}

export function decrypt(ring: KeyRing, keyId: string, sealed: Buffer, associated: string): Buffer {
  const key = ring.keys.get(keyId);
  if (!key) throw new MailwardError('MW_ERR_KEY_INVALID', `quarantine item was encrypted with key ${keyId}, which ${ring.source} does not hold`);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(associated));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    // GCM authentication failed: wrong key material or tampered data. Nothing is returned.
    throw new MailwardError('MW_ERR_KEY_INVALID', `quarantine item does not decrypt with key ${keyId} from ${ring.source} (wrong key or damaged data)`);
  }
}
