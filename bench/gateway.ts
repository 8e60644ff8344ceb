// Gateway throughput and latency next to a pass-through relay (smtp-server to
// nodemailer, no scanning) measured in the same run, for 10 KB text mail and
// for mail with a 1 MB PDF. The sending mail server and the next hop run in a
// separate process (load-generator.ts), as they would in a school, so each relay
// is charged for its own work only. MAILWARD_BENCH_THREADS=N sets the scan
// threads; MAILWARD_BENCH_ONLY=PDF (or text) runs one kind of mail.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { SMTPServer } from 'smtp-server';
import { configSchema } from '../src/config/schema';
import { startGateway } from '../src/smtp/runtime';
import { pdf, schoolText } from './fixtures';
import type { DriveResult, LoadCommand } from './load-generator';

const FROM = 'p.raman@oakfield.example';

async function listen(server: SMTPServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.server.address() as AddressInfo).port;
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** One request to the load generator, one answer. */
function ask<T>(child: ChildProcess, command: LoadCommand): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (answer: T | { error: string }) => {
      if (answer && typeof answer === 'object' && 'error' in answer) reject(new Error(answer.error));
      else resolve(answer as T);
    });
    child.send(command);
  });
}

/** Accepts, forwards through nodemailer, answers after the next hop accepted: Mailward minus scanning. */
async function passThrough(nextPort: number): Promise<{ port: number; close(): Promise<void> }> {
  const transport = nodemailer.createTransport({ pool: true, host: '127.0.0.1', port: nextPort, secure: false, ignoreTLS: true, maxConnections: 4 });
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['AUTH', 'STARTTLS'], logger: false, size: 50 * 1024 * 1024,
    onData(stream, session, callback) {
      readAll(stream)
        .then((raw) => transport.sendMail({ envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) }, raw }))
        .then(() => callback(), (err: Error) => callback(err));
    },
  });
  const port = await listen(server);
  return { port, close: async () => { transport.close(); await new Promise<void>((r) => server.close(() => r())); } };
}

const compose = (text: string, attachments: { filename: string; content: Buffer }[] = []) =>
  new MailComposer({ from: `Priya Raman <${FROM}>`, to: 'office@partner.example', subject: 'Bench', text, attachments }).compile().build();

export async function benchGateway(): Promise<void> {
  const load = fork(path.join(__dirname, 'load-generator.js'), [], { stdio: 'inherit' });
  const { port: nextHop } = await ask<{ port: number }>(load, { cmd: 'sink' });
  const relay = await passThrough(nextHop);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-bench-gw-'));
  const config = configSchema.parse({
    organisation: { internal_domains: ['oakfield.example'] }, data_dir: dir, admin_listen: '127.0.0.1:0', limits: { ocr: false },
    smtp: { listen: '127.0.0.1:0', next_hop: `127.0.0.1:${nextHop}`, rate_limit: { messages_per_hour: 1_000_000, recipients_per_hour: 1_000_000 }, scan_threads: Number(process.env.MAILWARD_BENCH_THREADS) || undefined },
  });
  const gateway = await startGateway(config, { env: {} });
  // Clean mail: every message is scanned, decided, logged and relayed (nothing held, no notice).
  const text = await compose(schoolText(10 * 1024, { clean: true }));
  const withPdf = await compose('Minutes attached.', [{ filename: 'minutes.pdf', content: pdf(schoolText(1024 * 1024, { clean: true }).match(/.{1,90}/g) ?? []) }]);
  const drive = (port: number, raw: Buffer, count: number) => ask<DriveResult>(load, { cmd: 'drive', port, from: FROM, raw: raw.toString('base64'), count, concurrency: 8 });
  console.log(`\nGateway on loopback (client -> relay -> next hop), 8 concurrent connections, ${config.smtp.scan_threads ?? 'default'} scan threads:`);
  console.log('  mail          relay          msgs/s    p50 ms    p99 ms');
  // Steady state is what a gateway that runs for days sees: both relays (and the scan
  // threads' JIT) are warmed up with a quarter of the run first.
  const all = [['10 KB text', text, 1200], ['1 MB PDF', withPdf, 40]] as const;
  for (const [name, raw, count] of all.filter(([n]) => !process.env.MAILWARD_BENCH_ONLY || n.includes(process.env.MAILWARD_BENCH_ONLY))) {
    await drive(relay.port, raw, Math.max(8, count / 4));
    await drive(gateway.address.port, raw, Math.max(8, count / 4));
    const base = await drive(relay.port, raw, count);
    const ours = await drive(gateway.address.port, raw, count);
    // The comparison is only fair for mail that is relayed once, with no notice or hold.
    if (ours.received !== count) console.log(`  (!) ${name}: the next hop got ${ours.received} messages for ${count} sent`);
    const row = (who: string, r: DriveResult) => `  ${name.padEnd(13)} ${who.padEnd(13)} ${r.perSecond.toFixed(1).padStart(7)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)}`;
    console.log(row('pass-through', base));
    console.log(row('mailward', ours));
    console.log(`  ${''.padEnd(13)} ratio ${(ours.perSecond / base.perSecond).toFixed(2)} of pass-through; p99 added ${(ours.p99 - base.p99).toFixed(1)} ms`);
  }
  await gateway.close();
  await relay.close();
  load.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
