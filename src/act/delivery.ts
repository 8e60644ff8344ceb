// Where accepted mail goes: the configured next hop (nodemailer, pooled), or the
// outbox folder when none is configured (the embedded default). The message is
// passed on byte for byte.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';

export interface DeliveryEnvelope {
  from: string;
  to: string[];
}

export interface DeliveryOptions {
  /** Refuse to send without TLS and a verified certificate (the encrypt action to secure domains). */
  requireTLS?: boolean;
}

export class DeliveryError extends Error {
  constructor(message: string, readonly permanent: boolean) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export interface Delivery {
  readonly description: string;
  deliver(raw: Buffer, envelope: DeliveryEnvelope, options?: DeliveryOptions): Promise<void>;
  close(): Promise<void>;
}

export class NextHopDelivery implements Delivery {
  readonly description: string;
  private readonly opportunistic: Transporter;
  private readonly enforced: Transporter;

  constructor(host: string, port: number, tlsRequired: boolean) {
    this.description = `next hop ${host}:${port}`;
    const base: SMTPPool.Options = { pool: true, host, port, secure: false, maxConnections: 4, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };
    this.opportunistic = nodemailer.createTransport({ ...base, requireTLS: tlsRequired, tls: { rejectUnauthorized: tlsRequired } });
    this.enforced = nodemailer.createTransport({ ...base, requireTLS: true, tls: { rejectUnauthorized: true } });
  }

  async deliver(raw: Buffer, envelope: DeliveryEnvelope, options: DeliveryOptions = {}): Promise<void> {
    const transport = options.requireTLS ? this.enforced : this.opportunistic;
    try {
      await transport.sendMail({ envelope: { from: envelope.from, to: envelope.to }, raw });
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      // A 5xx from the next hop is its final word; anything else (connection, 4xx, TLS) may pass on retry.
      throw new DeliveryError(`${this.description}: ${(err as Error).message.split('\n')[0]}`, code !== undefined && code >= 500);
    }
  }

  async close(): Promise<void> {
    this.opportunistic.close();
    this.enforced.close();
  }
}

/** One .eml per accepted message plus its envelope, written to a temporary name and renamed into place. */
export class OutboxDelivery implements Delivery {
  readonly description: string;

  constructor(private readonly dir: string) {
    this.description = `outbox folder ${dir}`;
  }

  async deliver(raw: Buffer, envelope: DeliveryEnvelope, options: DeliveryOptions = {}): Promise<void> {
    await fs.promises.mkdir(this.dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}`;
    const write = async (file: string, content: Buffer | string) => {
      const tmp = path.join(this.dir, `.${file}.tmp`);
      const handle = await fs.promises.open(tmp, 'w', 0o600);
      try {
        await handle.writeFile(content);
        await handle.sync(); // on disk before the rename makes it visible
      } finally {
        await handle.close();
      }
      await fs.promises.rename(tmp, path.join(this.dir, file));
    };
    await write(`${name}.json`, JSON.stringify({ ...envelope, requireTLS: Boolean(options.requireTLS) }));
    await write(`${name}.eml`, raw);
  }

  async close(): Promise<void> {}
}
