// Mailward's side of the Microsoft 365 and Google Workspace recipes
// (docs/deployment.md), with stand-ins for the cloud services, which cannot be
// reached from a test: the provider connects from its published ranges, insists on
// TLS and checks that Mailward's certificate names the smart host it was given.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import selfsigned from 'selfsigned';
import { configSchema } from '../src/config/schema';
import { startGateway, type RunningGateway } from '../src/smtp/runtime';
import { buildMail } from './helpers/mail';
import { startSink, type Sink } from './helpers/smtp';

const SMART_HOST = 'mailward.oakfield.example';
const FROM = 'p.raman@oakfield.example';
// Loopback stands in for the networks: the provider's outbound range is 127.0.0.2/32.
const PROVIDER = '127.0.0.2';
const ELSEWHERE = '127.0.0.3';

let dir: string;
let certificate: string;
let sink: Sink;
let gateway: RunningGateway;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-cloud-'));
  const pems = await selfsigned.generate([{ name: 'commonName', value: SMART_HOST }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: SMART_HOST }] }],
  });
  certificate = pems.cert;
  fs.writeFileSync(path.join(dir, 'cert.pem'), pems.cert);
  fs.writeFileSync(path.join(dir, 'key.pem'), pems.private, { mode: 0o600 });
  sink = await startSink();
  // The recipe's settings: the provider's ranges may relay, a certificate for the smart
  // host's name, and a next hop that delivers to the internet (not back to the provider).
  gateway = await startGateway(configSchema.parse({
    organisation: { name: 'Oakfield Academy Trust', internal_domains: ['oakfield.example'] },
    data_dir: path.join(dir, 'data'),
    limits: { ocr: false },
    admin_listen: '127.0.0.1:0',
    smtp: {
      listen: '127.0.0.1:0', allow_cidrs: [`${PROVIDER}/32`], next_hop: `127.0.0.1:${sink.port}`,
      tls: { cert_file: path.join(dir, 'cert.pem'), key_file: path.join(dir, 'key.pem') },
    },
  }), { env: {} });
});
afterAll(async () => {
  await gateway.close();
  await sink.close();
});

/** What the provider's connector does: from its range, TLS always, the smart host's name checked. */
async function providerSends(options: { from?: string; servername?: string } = {}): Promise<{ ok: boolean; response: string }> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1', port: gateway.address.port, localAddress: options.from ?? PROVIDER,
    secure: false, requireTLS: true, tls: { ca: certificate, servername: options.servername ?? SMART_HOST, rejectUnauthorized: true },
  });
  const raw = await buildMail({ from: `Priya Raman <${FROM}>`, to: 'bookings@coaches.example', text: 'Please quote for a 49-seat coach on 3 March.' });
  try {
    const info = await transport.sendMail({ envelope: { from: FROM, to: ['bookings@coaches.example'] }, raw });
    return { ok: true, response: info.response };
  } catch (err) {
    return { ok: false, response: (err as { response?: string; message: string }).response ?? (err as Error).message };
  } finally {
    transport.close();
  }
}

describe('Microsoft 365 outbound connector / Google Workspace outbound gateway, stood in for', () => {
  it('takes mail from the provider over verified TLS and relays it to the next hop', async () => {
    const before = sink.received.length;
    const r = await providerSends();
    expect(r).toMatchObject({ ok: true });
    expect(r.response).toMatch(/^250 2\.0\.0/);
    expect(sink.received.length).toBe(before + 1);
  });

  it('presents a certificate the provider rejects if it names another host', async () => {
    const r = await providerSends({ servername: 'other.oakfield.example' });
    expect(r.ok).toBe(false);
    expect(r.response).toMatch(/Hostname\/IP does not match certificate's altnames/);
  });

  it('refuses to relay for anyone outside the allowed ranges', async () => {
    const r = await providerSends({ from: ELSEWHERE });
    expect(r.ok).toBe(false);
    expect(r.response).toMatch(/554 5\.7\.1 Relay access denied/);
  });
});
