// Real SMTP peers on loopback: a receiving server (the next hop) and a sending client.
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface Sink {
  port: number;
  received: Received[];
  close(): Promise<void>;
  /** With `hold`, DATA is answered only after release(); resolves when a message is waiting. */
  waiting(): Promise<void>;
  release(): void;
}

export async function startSink(options: { hold?: boolean } = {}): Promise<Sink> {
  const received: Received[] = [];
  let held: (() => void)[] = [];
  let onWaiting: (() => void) | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const finish = () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
          callback();
        };
        if (!options.hold) return finish();
        held.push(finish);
        onWaiting?.();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    waiting: () => (held.length ? Promise.resolve() : new Promise<void>((resolve) => { onWaiting = resolve; })),
    release: () => {
      const pending = held;
      held = [];
      pending.forEach((finish) => finish());
    },
  };
}

export interface SendResult {
  ok: boolean;
  code?: number;
  response: string;
}

/** Sends raw mail with an explicit envelope and reports the final reply. */
export async function send(
  port: number,
  envelope: { from: string; to: string[] },
  raw: Buffer,
  options: { requireTLS?: boolean; implicitTLS?: boolean; auth?: { user: string; pass: string } } = {},
): Promise<SendResult> {
  const devCert = { rejectUnauthorized: false }; // a development certificate
  const transport = nodemailer.createTransport(
    options.implicitTLS
      ? { host: '127.0.0.1', port, secure: true, tls: devCert, auth: options.auth }
      : options.requireTLS
        ? { host: '127.0.0.1', port, secure: false, requireTLS: true, tls: devCert, auth: options.auth }
        : { host: '127.0.0.1', port, secure: false, ignoreTLS: true, auth: options.auth },
  );
  try {
    const info = await transport.sendMail({ envelope, raw });
    return { ok: true, response: info.response };
  } catch (err) {
    const e = err as { responseCode?: number; response?: string; message: string };
    return { ok: false, code: e.responseCode, response: e.response ?? e.message };
  } finally {
    transport.close();
  }
}
