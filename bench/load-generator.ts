// The other side of the gateway benchmark, in its own process as it would be in
// a school: the mail server that sends (a pooled nodemailer client) and the next
// hop that receives (smtp-server). The relay being measured is charged only for
// its own work. Driven by the parent over IPC.
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';

export type LoadCommand = { cmd: 'sink' } | { cmd: 'drive'; port: number; from: string; raw: string; count: number; concurrency: number };
export type DriveResult = { perSecond: number; p50: number; p99: number; received: number };

let received = 0;

function startSink(): Promise<number> {
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['AUTH', 'STARTTLS'], logger: false, size: 50 * 1024 * 1024,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)));
}

/** Sends `count` copies over `concurrency` pooled connections; latency is per message, until the relay's 250. */
async function drive(port: number, from: string, raw: Buffer, count: number, concurrency: number): Promise<DriveResult> {
  const transport = nodemailer.createTransport({ pool: true, host: '127.0.0.1', port, secure: false, ignoreTLS: true, maxConnections: concurrency, maxMessages: Infinity });
  const before = received;
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      next++;
      const t = performance.now();
      await transport.sendMail({ envelope: { from, to: ['office@partner.example'] }, raw });
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  latencies.sort((a, b) => a - b);
  return {
    perSecond: count / seconds, p50: latencies[Math.floor(latencies.length / 2)]!,
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!, received: received - before,
  };
}

process.on('message', (command: LoadCommand) => {
  const reply = command.cmd === 'sink' ? startSink().then((port) => ({ port })) : drive(command.port, command.from, Buffer.from(command.raw, 'base64'), command.count, command.concurrency);
  reply.then((result) => process.send?.(result), (err: Error) => process.send?.({ error: err.message }));
});
