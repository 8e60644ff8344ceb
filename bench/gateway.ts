// Gateway throughput and latency next to a pass-through relay (smtp-server to
// nodemailer, no scanning) measured in the same run, for 10 KB text mail and
// for mail with a 1 MB PDF. MAILWARD_BENCH_THREADS=N sets the scan threads;
// MAILWARD_BENCH_ONLY=PDF (or text) runs one kind of mail.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { SMTPServer } from 'smtp-server';
import { configSchema } from '../src/config/schema';
import { startGateway } from '../src/smtp/runtime';
import { pdf, schoolText } from './fixtures';

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

async function sink(): Promise<{ port: number; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({ authOptional: true, disabledCommands: ['AUTH', 'STARTTLS'], logger: false, size: 50 * 1024 * 1024, onData: (s, _session, cb) => { readAll(s).then(() => { received++; cb(); }); } });
  const port = await listen(server);
  return { port, received: () => received, close: () => new Promise((r) => server.close(() => r())) };
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

async function drive(port: number, raw: Buffer, count: number, concurrency: number): Promise<{ perSecond: number; p50: number; p99: number }> {
  const transport = nodemailer.createTransport({ pool: true, host: '127.0.0.1', port, secure: false, ignoreTLS: true, maxConnections: concurrency, maxMessages: Infinity });
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      next++;
      const t = performance.now();
      await transport.sendMail({ envelope: { from: FROM, to: ['office@partner.example'] }, raw });
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  latencies.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: latencies[Math.floor(latencies.length / 2)], p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] };
}

const compose = (text: string, attachments: { filename: string; content: Buffer }[] = []) =>
  new MailComposer({ from: `Priya Raman <${FROM}>`, to: 'office@partner.example', subject: 'Bench', text, attachments }).compile().build();

export async function benchGateway(): Promise<void> {
  const next = await sink();
  const relay = await passThrough(next.port);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-bench-gw-'));
  const config = configSchema.parse({
    organisation: { internal_domains: ['oakfield.example'] }, data_dir: dir, admin_listen: '127.0.0.1:0', limits: { ocr: false },
    smtp: { listen: '127.0.0.1:0', next_hop: `127.0.0.1:${next.port}`, rate_limit: { messages_per_hour: 1_000_000, recipients_per_hour: 1_000_000 }, scan_threads: Number(process.env.MAILWARD_BENCH_THREADS) || undefined },
  });
  const gateway = await startGateway(config, { env: {} });
  // Clean mail: every message is scanned, decided, logged and relayed (nothing held, no notice).
  const text = await compose(schoolText(10 * 1024, { clean: true }));
  const withPdf = await compose('Minutes attached.', [{ filename: 'minutes.pdf', content: pdf(schoolText(1024 * 1024, { clean: true }).match(/.{1,90}/g) ?? []) }]);
  console.log('\nGateway on loopback (client -> relay -> next hop), 8 concurrent connections:');
  console.log('  mail          relay          msgs/s    p50 ms    p99 ms');
  // Steady state is what a gateway that runs for days sees: both relays (and the scan
  // threads' JIT) are warmed up with a quarter of the run first.
  const all = [['10 KB text', text, 1200], ['1 MB PDF', withPdf, 40]] as const;
  for (const [name, raw, count] of all.filter(([n]) => !process.env.MAILWARD_BENCH_ONLY || n.includes(process.env.MAILWARD_BENCH_ONLY))) {
    await drive(relay.port, raw, Math.max(8, count / 4), 8);
    await drive(gateway.address.port, raw, Math.max(8, count / 4), 8);
    const base = await drive(relay.port, raw, count, 8);
    const before = next.received();
    const ours = await drive(gateway.address.port, raw, count, 8);
    // The comparison is only fair for mail that is relayed once, with no notice or hold.
    if (next.received() - before !== count) console.log(`  (!) ${name}: the next hop got ${next.received() - before} messages for ${count} sent`);
    const row = (who: string, r: typeof base) => `  ${name.padEnd(13)} ${who.padEnd(13)} ${r.perSecond.toFixed(1).padStart(7)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)}`;
    console.log(row('pass-through', base));
    console.log(row('mailward', ours));
    console.log(`  ${''.padEnd(13)} ratio ${(ours.perSecond / base.perSecond).toFixed(2)} of pass-through; p99 added ${(ours.p99 - base.p99).toFixed(1)} ms`);
  }
  await gateway.close();
  await relay.close();
  await next.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
