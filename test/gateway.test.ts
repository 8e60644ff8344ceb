// The gateway as mail servers see it: a real nodemailer client, Mailward, and a
// real receiving smtp-server as the next hop, all on loopback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { configSchema, type Config } from '../src/config/schema';
import { startGateway, type RunningGateway } from '../src/smtp/runtime';
import { buildMail } from './helpers/mail';
import { send, startSink, type Sink } from './helpers/smtp';
import { decryptWithOpenssl, makeRecipientCertificate } from './helpers/smime';
import { simpleParser } from 'mailparser';

const FROM = 'p.raman@oakfield.example';
let sink: Sink;
let gateway: RunningGateway;
let dir: string;

function configFor(over: Record<string, unknown> = {}, smtp: Record<string, unknown> = {}): Config {
  return configSchema.parse({
    organisation: { name: 'Oakfield Academy Trust', internal_domains: ['oakfield.example'] },
    data_dir: dir,
    limits: { ocr: false },
    smtp: { listen: '127.0.0.1:0', next_hop: `127.0.0.1:${sink.port}`, ...smtp },
    admin_listen: '127.0.0.1:0',
    notices: { dpo_address: 'dpo@oakfield.example' },
    ...over,
  });
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-gw-'));
  sink = await startSink();
  gateway = await startGateway(configFor(), { env: {} });
});
afterEach(async () => {
  await gateway.close();
  await sink.close();
});

const mail = (to: string | string[], text: string, extra: Parameters<typeof buildMail>[0] = {}) => buildMail({ from: `Priya Raman <${FROM}>`, to, text, ...extra });

describe('gateway actions', () => {
  it('relays clean mail unchanged and answers 250 after the next hop accepted it', async () => {
    const raw = await mail('bookings@coaches.example', 'Please quote for a 49-seat coach on 3 March.');
    const r = await send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example'] }, raw);
    expect(r).toMatchObject({ ok: true });
    expect(r.response).toMatch(/^250 2\.0\.0 Accepted: delivered to 1/);
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]).toMatchObject({ from: FROM, to: ['bookings@coaches.example'] });
    expect(sink.received[0].raw.equals(raw)).toBe(true);
    const [decision] = await gateway.store.searchDecisions();
    expect(decision).toMatchObject({ action: 'allow', sender: FROM, clientAddress: expect.stringMatching(/127\.0\.0\.1/) });
  });

  it('blocks an executable for everyone with 550 5.7.1 and a reason the sender can read', async () => {
    const raw = await mail('supplier@vendor.example', 'Tool attached.', { attachments: [{ filename: 'setup.vbs', content: 'WScript.Echo "x"' }] });
    const r = await send(gateway.address.port, { from: FROM, to: ['supplier@vendor.example', 'it@oakfield.example'] }, raw);
    expect(r).toMatchObject({ ok: false, code: 550 });
    expect(r.response).toMatch(/^550 5\.7\.1 Executable or script attachments are not allowed/);
    expect(sink.received).toHaveLength(0);
    expect((await gateway.store.searchDecisions())[0].action).toBe('block');
  });

  it('quarantines bulk personal data durably, answers 250, and tells the sender', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Pupil${String.fromCharCode(65 + i)}a Smith${String.fromCharCode(65 + i)}on,A873402110070,0${(i % 9) + 1}/03/2012`);
    const raw = await mail('tutor@keystone.example', 'Cohort attached.', { attachments: [{ filename: 'cohort.csv', content: ['Name,UPN,DOB', ...rows].join('\n') }] });
    const r = await send(gateway.address.port, { from: FROM, to: ['tutor@keystone.example'] }, raw);
    expect(r).toMatchObject({ ok: true });
    expect(r.response).toMatch(/held for review for 1/);
    const [held] = await gateway.store.listQuarantine();
    expect(held).toMatchObject({ state: 'held', action: 'quarantine', recipients: ['tutor@keystone.example'] });
    expect((await gateway.store.viewQuarantined(held.id, 'test')).raw.equals(raw)).toBe(true);
    // The held copy points to its decision, whose findings say what was found, masked, and why.
    const [decision] = await gateway.store.searchDecisions({ id: held.decisionId! });
    expect(decision.findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'bulk_personal_data', evidence: expect.stringMatching(/distinct people/) }),
      expect.objectContaining({ type: 'upn', sample: 'A87********70', evidence: expect.stringMatching(/check letter/) }),
    ]));
    // Only the DPO's alert and the sender's notice left, without the content.
    expect(sink.received.map((m) => m.to)).toEqual([['dpo@oakfield.example'], [FROM]]);
    const alert = sink.received[0].raw.toString();
    expect(alert).toContain(held.id);
    expect(alert).not.toMatch(/A873402110070|cohort\.csv/);
    const notice = sink.received[1].raw.toString();
    expect(notice).toMatch(/held for review by the Data Protection Officer/);
    expect(notice).not.toMatch(/A873402110070|cohort\.csv/);
  });

  it('delivers to internal recipients and holds sensitive mail for an external one (mixed outcome)', async () => {
    const raw = await mail(['senco@oakfield.example', 'ep@brightpath.example'], 'Amelia Hart has been diagnosed with epilepsy and takes sodium valproate.');
    const r = await send(gateway.address.port, { from: FROM, to: ['senco@oakfield.example', 'ep@brightpath.example'] }, raw);
    expect(r.response).toMatch(/delivered to 1, held for review for 1/);
    const delivered = sink.received.find((m) => m.to.includes('senco@oakfield.example'));
    expect(delivered?.raw.equals(raw)).toBe(true);
    expect(sink.received.some((m) => m.to.includes('ep@brightpath.example'))).toBe(false);
    expect((await gateway.store.listQuarantine())[0]).toMatchObject({ action: 'encrypt', recipients: ['ep@brightpath.example'] });
    expect(sink.received.some((m) => m.to.includes(FROM))).toBe(true); // the notice
    expect(sink.received.some((m) => m.to.includes('dpo@oakfield.example'))).toBe(true); // the alert
  });
});

describe('encryption route', () => {
  it('sends encrypt-only mail through the configured route, tagged, instead of holding it', async () => {
    const route = await startSink();
    try {
      await gateway.close();
      gateway = await startGateway(
        configFor({}, { encryption_route: { relay: `127.0.0.1:${route.port}`, header: 'X-Encrypt: yes', subject_tag: '[encrypt]', tls: 'opportunistic' } }),
        { env: {} },
      );
      const raw = await mail('ep@brightpath.example', 'Amelia Hart has been diagnosed with epilepsy and takes sodium valproate.', { subject: 'Referral' });
      const r = await send(gateway.address.port, { from: FROM, to: ['ep@brightpath.example'] }, raw);
      expect(r.response).toMatch(/delivered to 1 \(1 through the encryption route\)/);
      expect(sink.received).toHaveLength(0); // never in clear through the ordinary next hop
      expect(route.received).toHaveLength(1);
      const head = route.received[0].raw.toString().split('\r\n\r\n')[0];
      expect(head).toMatch(/^X-Encrypt: yes$/m);
      expect(head).toMatch(/^Subject: \[encrypt\] Referral$/m);
      expect(await gateway.store.listQuarantine()).toEqual([]);
    } finally {
      await gateway.close(); // its pooled connection first, or the sink waits for it to time out
      await route.close();
    }
  });
});

describe('S/MIME to recipients with a certificate', () => {
  it('encrypts for the recipient whose certificate is configured, sends it through the next hop, and holds the one without', async () => {
    const certs = path.join(dir, 'smime');
    const key = await makeRecipientCertificate(certs, 'ep', 'ep@brightpath.example');
    fs.renameSync(key.keyFile, path.join(dir, 'ep.key')); // the recipient's private key is not in the gateway's folder
    const recipientKey = { certFile: key.certFile, keyFile: path.join(dir, 'ep.key') };
    await gateway.close();
    gateway = await startGateway(configFor({}, { smime_certificates_dir: certs }), { env: {} });
    expect(gateway.smimeCertificates).toBe(1);
    const text = 'Amelia Hart has been diagnosed with epilepsy and takes sodium valproate.';
    const raw = await mail(['ep@brightpath.example', 'nurse@clinic.example'], text, { subject: 'Referral' });
    const r = await send(gateway.address.port, { from: FROM, to: ['ep@brightpath.example', 'nurse@clinic.example'] }, raw);
    expect(r.response).toMatch(/delivered to 1 \(1 S\/MIME encrypted\), held for review for 1/);
    const copy = sink.received.find((m) => m.to.includes('ep@brightpath.example'));
    expect(copy?.to).toEqual(['ep@brightpath.example']);
    expect(copy?.raw.toString()).not.toContain('epilepsy');
    expect(copy?.raw.toString()).toMatch(/^Subject: Referral$/m);
    expect(decryptWithOpenssl(copy!.raw, recipientKey)).toContain(text);
    expect((await gateway.store.listQuarantine())[0]).toMatchObject({ action: 'encrypt', recipients: ['nurse@clinic.example'] });
  });
});

describe('disclaimer', () => {
  it('is added to the copy for external recipients only; the internal copy leaves unchanged', async () => {
    await gateway.close();
    const disclaimer = 'Oakfield Academy Trust: this e-mail and any attachments are confidential.';
    gateway = await startGateway(configFor({ disclaimer: { text: disclaimer } }), { env: {} });
    const raw = await mail(['bookings@coaches.example', 'office@oakfield.example'], 'Please quote for a 49-seat coach on 3 March.', { html: '<p>Please quote for a 49-seat coach on 3 March.</p>' });
    const r = await send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example', 'office@oakfield.example'] }, raw);
    expect(r.response).toMatch(/delivered to 2/);
    const internal = sink.received.find((m) => m.to.includes('office@oakfield.example'));
    const external = sink.received.find((m) => m.to.includes('bookings@coaches.example'));
    expect(internal?.raw.equals(raw)).toBe(true);
    const parsed = await simpleParser(external!.raw);
    expect(parsed.text).toContain(disclaimer);
    expect(parsed.html).toContain(disclaimer);
    expect(parsed.text).toContain('49-seat coach');
  });
});

describe('cc exposure handling', () => {
  const parents = ['lee.family@gmail.com', 'j.patel@outlook.com', 'm.carter@btinternet.com', 'k.osei@yahoo.co.uk'];

  it('rewrite_to_bcc: each parent gets a copy showing only their own address', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { cc_exposure: 'rewrite_to_bcc' }), { env: {} });
    const raw = await mail(parents, 'The coach leaves at 8.30 on Thursday.');
    const r = await send(gateway.address.port, { from: FROM, to: parents }, raw);
    expect(r.response).toMatch(/delivered to 4 \(4 as separate copies\)/);
    for (const parent of parents) {
      const copy = sink.received.find((m) => m.to.length === 1 && m.to[0] === parent);
      const head = copy?.raw.toString().split('\r\n\r\n')[0] ?? '';
      expect(head).toMatch(new RegExp(`^To: <${parent.replace(/\./g, '\\.')}>$`, 'm'));
      for (const other of parents.filter((p) => p !== parent)) expect(head).not.toContain(other);
    }
    const notice = (sink.received.find((m) => m.to.includes(FROM))?.raw.toString() ?? '').replace(/=\r?\n/g, ''); // quoted-printable soft breaks
    expect(notice).toMatch(/each was sent a separate copy/);
  });

  it('rewrite_to_bcc does not apply when the content itself needs more than a warning', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { cc_exposure: 'rewrite_to_bcc' }), { env: {} });
    const raw = await mail(parents, 'Amelia Hart has been diagnosed with epilepsy and takes sodium valproate.');
    const r = await send(gateway.address.port, { from: FROM, to: parents }, raw);
    expect(r).toMatchObject({ ok: false, code: 550 }); // D4: exposure with special-category content
    expect(sink.received).toHaveLength(0);
  });

  it('hold: an exposure that would be blocked is held for review instead', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { cc_exposure: 'hold' }), { env: {} });
    const raw = await mail(parents, 'Amelia Hart has been diagnosed with epilepsy and takes sodium valproate.');
    const r = await send(gateway.address.port, { from: FROM, to: parents }, raw);
    expect(r.response).toMatch(/held for review for 4/);
    expect((await gateway.store.listQuarantine())[0]).toMatchObject({ action: 'quarantine', recipients: parents });
  });
});

describe('gateway refusals and failures', () => {
  it('refuses a sender outside the organisation (550) and a forged From: header (550)', async () => {
    const outsider = await send(gateway.address.port, { from: 'someone@gmail.com', to: ['x@partner.example'] }, await mail('x@partner.example', 'hi', { from: 'someone@gmail.com' }));
    expect(outsider).toMatchObject({ ok: false, code: 550 });
    expect(outsider.response).toMatch(/5\.7\.1 Sender domain gmail\.com is not one of the organisation's domains/);
    const forged = await send(gateway.address.port, { from: FROM, to: ['x@partner.example'] }, await mail('x@partner.example', 'hi', { from: 'Head <head@other-school.example>' }));
    expect(forged).toMatchObject({ ok: false, code: 550 });
    expect(forged.response).toMatch(/From: address other-school\.example is not one of the organisation's domains/);
    expect(sink.received).toHaveLength(0);
  });

  it('answers 552 to a message over the size limit, also when the client ignores SIZE', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { max_message_bytes: 2000 }), { env: {} });
    const r = await send(gateway.address.port, { from: FROM, to: ['x@partner.example'] }, await mail('x@partner.example', 'x'.repeat(5000)));
    expect(r).toMatchObject({ ok: false, code: 552 });
    expect(sink.received).toHaveLength(0);
  });

  it('answers 451 4.7.1 to a sender over the hourly message limit', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { rate_limit: { messages_per_hour: 2 } }), { env: {} });
    const raw = await mail('bookings@coaches.example', 'Please quote.');
    for (let i = 0; i < 2; i++) expect(await send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example'] }, raw)).toMatchObject({ ok: true });
    const third = await send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example'] }, raw);
    expect(third).toMatchObject({ ok: false, code: 451 });
    expect(third.response).toMatch(/4\.7\.1 Rate limit: more than 2 messages in an hour/);
    expect(sink.received).toHaveLength(2);
  });

  it('lets a relay account outside the allowlist send after AUTH over TLS, and nobody else', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { allow_cidrs: ['10.9.9.0/24'], auth_users: ['relay1'] }), { env: {} });
    const { addUser } = await import('../src/store/users');
    await addUser(gateway.store, 'relay1', 'it_admin', 'Relay!Passw0rd', 'test');
    const raw = await mail('bookings@coaches.example', 'Please quote.');
    const envelope = { from: FROM, to: ['bookings@coaches.example'] };
    expect(await send(gateway.address.port, envelope, raw, { requireTLS: true, auth: { user: 'relay1', pass: 'Relay!Passw0rd' } })).toMatchObject({ ok: true });
    expect(await send(gateway.address.port, envelope, raw, { requireTLS: true, auth: { user: 'relay1', pass: 'wrong' } })).toMatchObject({ ok: false, code: 535 });
    expect(await send(gateway.address.port, envelope, raw, { requireTLS: true })).toMatchObject({ ok: false, code: 530 });
    const plain = await send(gateway.address.port, envelope, raw, { auth: { user: 'relay1', pass: 'Relay!Passw0rd' } });
    expect(plain.ok).toBe(false); // the right password without TLS: AUTH is refused
    expect(sink.received).toHaveLength(1);
  });

  it('answers 554 to a client outside the relay allowlist', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { allow_cidrs: ['10.9.9.0/24'] }), { env: {} });
    const r = await send(gateway.address.port, { from: FROM, to: ['x@partner.example'] }, await mail('x@partner.example', 'hello'));
    expect(r).toMatchObject({ ok: false, code: 554 });
    expect(r.response).toMatch(/Relay access denied/);
  });

  it('answers 451 when the next hop is down, and delivers nothing', async () => {
    await sink.close();
    const r = await send(gateway.address.port, { from: FROM, to: ['x@partner.example'] }, await mail('x@partner.example', 'Agenda attached.'));
    expect(r).toMatchObject({ ok: false, code: 451 });
    expect(r.response).toMatch(/4\.4\.1 Next hop unavailable/);
    sink = await startSink(); // for afterEach
  });

  it('refuses input that is not an e-mail message (550 5.6.0)', async () => {
    const r = await send(gateway.address.port, { from: FROM, to: ['x@partner.example'] }, Buffer.from('\u0000\u0001garbage without any header\r\n'));
    expect(r).toMatchObject({ ok: false, code: 550 });
    expect(r.response).toMatch(/5\.6\.0/);
  });

  it('answers 451 when scanning takes longer than its budget, never passing the mail', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { scan_timeout_ms: 1 }), { env: {} });
    const zip = new JSZip();
    for (let i = 0; i < 200; i++) zip.file(`notes/${i}.txt`, `Note ${i} for the file.`);
    const raw = await mail('x@partner.example', 'Notes attached.', { attachments: [{ filename: 'notes.zip', content: await zip.generateAsync({ type: 'nodebuffer' }) }] });
    const r = await send(gateway.address.port, { from: FROM, to: ['x@partner.example'] }, raw);
    expect(r).toMatchObject({ ok: false, code: 451 });
    expect(sink.received).toHaveLength(0);
  });
});

describe('operations', () => {
  it('reloads rules, keeps the old ones when the new ones are invalid, and audits the change', async () => {
    const { defaultRulesDir } = await import('../src/policy/load');
    const rulesDir = path.join(dir, 'rules');
    fs.cpSync(defaultRulesDir(), rulesDir, { recursive: true });
    await gateway.close();
    gateway = await startGateway(configFor({ rules_dir: rulesDir }), { env: {} });
    const policy = path.join(rulesDir, 'policy.yaml');
    const original = fs.readFileSync(policy, 'utf8');
    fs.writeFileSync(policy, original.replace('action: block\n    severity: severe\n    message: "Executable', 'action: hold\n    severity: severe\n    message: "Executable'));
    await expect(gateway.reloadRules('it1')).rejects.toThrow(new RegExp(`${policy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+`));
    const exe = await mail('it@vendor.example', 'Tool.', { attachments: [{ filename: 'fix.vbs', content: 'WScript.Echo 1' }] });
    expect(await send(gateway.address.port, { from: FROM, to: ['it@vendor.example'] }, exe)).toMatchObject({ ok: false, code: 550 }); // old rules
    // A valid change: executables now warn instead of block.
    fs.writeFileSync(policy, original.replace('action: block\n    severity: severe\n    message: "Executable', 'action: warn\n    severity: severe\n    message: "Executable'));
    await gateway.reloadRules('it1');
    expect(await send(gateway.address.port, { from: FROM, to: ['it@vendor.example'] }, exe)).toMatchObject({ ok: true });
    expect((await gateway.store.listAudit()).map((a) => [a.actor, a.action])).toContainEqual(['it1', 'rules.reload']);
  });

  it('on shutdown finishes the transaction in flight and turns new clients away', async () => {
    await gateway.close();
    await sink.close();
    sink = await startSink({ hold: true });
    gateway = await startGateway(configFor(), { env: {} });
    const raw = await mail('bookings@coaches.example', 'Please quote.');
    const inFlight = send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example'] }, raw);
    await sink.waiting(); // the message is at the next hop, its reply not yet given
    const closing = gateway.close();
    const late = await send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example'] }, raw);
    expect(late.ok).toBe(false); // refused connection or 421
    sink.release();
    expect(await inFlight).toMatchObject({ ok: true });
    await closing;
    expect(sink.received).toHaveLength(1);
  });

  it('answers /healthz, /readyz and /metrics on the admin port', async () => {
    const base = `http://${gateway.admin.host}:${gateway.admin.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).text()).toBe('ready\n');
    await send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example'] }, await mail('bookings@coaches.example', 'Please quote.'));
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/mailward_smtp_replies_total\{code="250"\} 1/);
    expect(metrics).toMatch(/mailward_decisions_total\{action="allow"\} 1/);
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });
});

describe('the embedded default', () => {
  it('offers STARTTLS with a development certificate made on first start', async () => {
    expect(gateway.tls).toBe(`development certificate ${path.join(dir, 'certs', 'dev-cert.pem')}`);
    expect(fs.statSync(path.join(dir, 'certs', 'dev-key.pem')).mode & 0o777).toBe(0o600);
    const raw = await mail('bookings@coaches.example', 'Please quote.');
    const r = await send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example'] }, raw, { requireTLS: true });
    expect(r).toMatchObject({ ok: true });
    expect(sink.received[0].raw.equals(raw)).toBe(true);
  });

  it('also listens with implicit TLS when configured', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { implicit_tls_listen: '127.0.0.1:0' }), { env: {} });
    const raw = await mail('bookings@coaches.example', 'Please quote.');
    expect(await send(gateway.implicitTls?.port as number, { from: FROM, to: ['bookings@coaches.example'] }, raw, { implicitTLS: true })).toMatchObject({ ok: true });
    expect(sink.received[0].raw.equals(raw)).toBe(true);
  });

  it('writes accepted mail to the outbox folder when no next hop is configured', async () => {
    await gateway.close();
    gateway = await startGateway(configFor({}, { next_hop: undefined }), { env: {} });
    expect(gateway.delivery.description).toBe(`outbox folder ${path.join(dir, 'outbox')}`);
    const raw = await mail('bookings@coaches.example', 'Please quote.');
    expect(await send(gateway.address.port, { from: FROM, to: ['bookings@coaches.example'] }, raw)).toMatchObject({ ok: true });
    const files = fs.readdirSync(path.join(dir, 'outbox')).sort();
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'outbox', files.find((f) => f.endsWith('.eml')) as string)).equals(raw)).toBe(true);
  });
});
