// The operator commands as a person runs them, on a data folder seeded through the store.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configSchema } from '../src/config/schema';
import { openStore } from '../src/store/open';

const cli = path.resolve(__dirname, '..', 'dist/src/cli/main.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, env: { ...process.env, MAILWARD_QUARANTINE_KEY: '' } });
const RAW = Buffer.from('From: a@oakfield.example\r\nTo: b@tutors.example\r\nSubject: list\r\n\r\nUPN A873402110070\r\n');

let dir: string;
let held: string;
let second: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-cli-store-'));
  const store = await openStore(configSchema.parse({ data_dir: dir }), { env: {} });
  const decision = await store.recordDecision({
    sender: 'a@oakfield.example', recipients: [{ address: 'b@tutors.example', field: 'to', class: 'external' }], action: 'quarantine',
    rules: ['bulk-personal-data'],
    findings: [{ type: 'upn', category: 'identifier', count: 12, confidence: 0.95, where: 'attachment:list.csv', sample: 'A87********70', evidence: 'UPN: 13 characters with a valid check letter' }],
    size: RAW.length,
  });
  await store.recordDecision({ sender: 'office@oakfield.example', recipients: [], action: 'allow', rules: [], findings: [], size: 10 });
  held = (await store.quarantine({ decisionId: decision.id, sender: 'a@oakfield.example', recipients: ['b@tutors.example'], action: 'quarantine', rules: ['bulk-personal-data'], raw: RAW })).id;
  second = (await store.quarantine({ sender: 'a@oakfield.example', recipients: ['b@tutors.example'], action: 'quarantine', rules: ['bulk-personal-data'], raw: RAW })).id;
  await store.close();
});

describe('mailward quarantine', () => {
  it('lists held mail as JSON lines with the contract fields', () => {
    const r = run(['quarantine', 'list', '--json', '--data-dir', dir]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(expect.objectContaining({ sender: 'a@oakfield.example', recipients: ['b@tutors.example'], action: 'quarantine', rules: ['bulk-personal-data'], state: 'held' }));
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(['id', 'time', 'sender', 'recipients', 'action', 'rules', 'state']));
    expect(r.stdout).not.toContain('A873402110070');
  });

  it("shows what was found in an item, masked, and why, from its decision", () => {
    const readable = run(['quarantine', 'show', held, '--data-dir', dir]);
    expect(readable.status).toBe(0);
    expect(readable.stdout).toMatch(/Findings:\n\s+type\s+count\s+confidence\s+where\s+sample\s+why\n\s+upn\s+12\s+0\.95\s+attachment:list\.csv\s+A87\*{8}70\s+UPN: 13 characters with a valid check letter/);
    expect(JSON.parse(run(['quarantine', 'show', held, '--json', '--data-dir', dir]).stdout).findings).toEqual([expect.objectContaining({ type: 'upn', sample: 'A87********70' })]);
    // An item held without a linked decision shows its own details only.
    expect(run(['quarantine', 'show', second, '--data-dir', dir]).stdout).not.toMatch(/Findings/);
    expect(readable.stdout + run(['quarantine', 'show', held, '--json', '--data-dir', dir]).stdout).not.toContain('A873402110070');
  });

  it('exports a message to an owner-only file, and records the view', async () => {
    const out = path.join(dir, 'export.eml');
    const r = run(['quarantine', 'export', held, '--out', out, '--data-dir', dir, '--as', 'dpo1']);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(out).equals(RAW)).toBe(true);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(r.stdout).toBe('');
    const again = run(['quarantine', 'export', held, '--out', out, '--data-dir', dir]);
    expect(again.status).toBe(2); // never overwrites
    expect(again.stderr).toMatch(/export\.eml already exists; name a new file/);
    const store = await openStore(configSchema.parse({ data_dir: dir }), { env: {} });
    const views = (await store.listAudit()).filter((a) => a.action === 'quarantine.view');
    await store.close();
    expect(views.map((v) => [v.actor, v.target])).toEqual([['dpo1', held]]); // the refused second export was not a view
  });

  it('releases to a named file and rejects with a reason', () => {
    const out = path.join(dir, 'released.eml');
    const released = run(['quarantine', 'release', held, '--reason', 'consent on file', '--out', out, '--data-dir', dir, '--as', 'dpo1']);
    expect(released.status).toBe(0);
    expect(fs.readFileSync(out).equals(RAW)).toBe(true);
    expect(run(['quarantine', 'reject', second, '--data-dir', dir]).status).toBe(2); // --reason is required
    const rejected = run(['quarantine', 'reject', second, '--reason', 'bulk data to a tutor', '--data-dir', dir, '--as', 'dpo1']);
    expect(rejected.status).toBe(0);
    const show = run(['quarantine', 'show', second, '--json', '--data-dir', dir]);
    expect(JSON.parse(show.stdout)).toMatchObject({ state: 'rejected', decided_by: 'dpo1', reason: 'bulk data to a tutor' });
    const again = run(['quarantine', 'reject', second, '--reason', 'twice', '--data-dir', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/is rejected, not held/);
  });
});

describe('mailward decisions search and purge', () => {
  it('finds decisions by action and sender, as JSON lines', () => {
    const r = run(['decisions', 'search', '--json', '--action', 'quarantine', '--data-dir', dir]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ sender: 'a@oakfield.example', action: 'quarantine', rules: ['bulk-personal-data'] });
    expect(run(['decisions', 'search', '--sender', 'office@oakfield.example', '--data-dir', dir]).stdout).toMatch(/allow\s+office@oakfield\.example/);
    expect(run(['decisions', 'search', '--action', 'hold', '--data-dir', dir]).status).toBe(2);
  });

  it('reports what a purge would delete without deleting', () => {
    const r = run(['purge', '--dry-run', '--json', '--data-dir', dir]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: true, ran: true, decisions: 0 });
  });
});

describe('mailward user and keys', () => {
  it('adds a user from stdin, refuses a weak password, lists users', () => {
    expect(run(['user', 'add', 'dpo1', '--role', 'dpo', '--password-stdin', '--data-dir', dir], 'Sunfl0wer!Field\n').status).toBe(0);
    const weak = run(['user', 'add', 'it1', '--role', 'it_admin', '--password-stdin', '--data-dir', dir], 'password\n');
    expect(weak.status).toBe(2);
    expect(weak.stderr).toMatch(/password needs an upper-case letter, a digit, a symbol/);
    expect(run(['user', 'add', 'x1', '--role', 'boss', '--password-stdin', '--data-dir', dir], 'Sunfl0wer!Field\n').status).toBe(2);
    expect(run(['user', 'list', '--data-dir', dir]).stdout).toMatch(/dpo1\s+dpo\s+active/);
  });

  it('rotates the key and keeps held mail readable', async () => {
    const store = await openStore(configSchema.parse({ data_dir: dir }), { env: {} });
    const id = (await store.quarantine({ sender: 'a@oakfield.example', recipients: ['c@x.example'], action: 'quarantine', rules: ['r'], raw: RAW })).id;
    await store.close();
    const r = run(['keys', 'rotate', '--data-dir', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/new key k\d{8}-[0-9a-f]{6} is current .*; 1 quarantined messages re-encrypted/);
    const out = path.join(dir, 'after-rotation.eml');
    expect(run(['quarantine', 'export', id, '--out', out, '--data-dir', dir]).status).toBe(0);
    expect(fs.readFileSync(out).equals(RAW)).toBe(true);
  });
});

describe('mailward quarantine release through the relay path', () => {
  it('delivers a released message through the next hop, with the disclaimer on the external copy only', async () => {
    const { startSink } = await import('./helpers/smtp');
    const sink = await startSink();
    const config = path.join(dir, 'relay.yaml');
    fs.writeFileSync(config, [
      'organisation:', '  internal_domains: [oakfield.example]',
      'smtp:', `  next_hop: "127.0.0.1:${sink.port}"`,
      'disclaimer:', '  text: "This e-mail is confidential to its addressees."', '',
    ].join('\n'));
    const store = await openStore(configSchema.parse({ data_dir: dir }), { env: {} });
    const recipients = ['ep@brightpath.example', 'head@oakfield.example'];
    const id = (await store.quarantine({ sender: 'a@oakfield.example', recipients, action: 'quarantine', rules: ['r'], raw: RAW })).id;
    await store.close();
    // Asynchronous: the receiving server runs in this process and must keep answering.
    const r = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [cli, 'quarantine', 'release', id, '--reason', 'approved by DPO', '--config', config, '--data-dir', dir, '--as', 'dpo1'], {
        env: { ...process.env, MAILWARD_QUARANTINE_KEY: '' },
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('exit', (status) => resolve({ status, stdout }));
    });
    await sink.close();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/delivered to ep@brightpath\.example, head@oakfield\.example through the next hop 127\.0\.0\.1:\d+/);
    expect(sink.received).toHaveLength(2);
    const internal = sink.received.find((m) => m.to.includes('head@oakfield.example'))!;
    const external = sink.received.find((m) => m.to.includes('ep@brightpath.example'))!;
    expect(internal).toMatchObject({ from: 'a@oakfield.example', to: ['head@oakfield.example'] });
    expect(internal.raw.equals(RAW)).toBe(true);
    expect(external).toMatchObject({ from: 'a@oakfield.example', to: ['ep@brightpath.example'] });
    expect(external.raw.toString()).toContain('UPN A873402110070');
    expect(external.raw.toString()).toContain('This e-mail is confidential to its addressees.');
  });
});
