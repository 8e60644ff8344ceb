// `mailward scan` as a user runs it: the built command in a child process.
import { spawnSync } from 'node:child_process';
import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdf } from '../bench/fixtures';
import { buildMail } from './helpers/mail';

const cli = path.resolve(__dirname, '..', 'dist/src/cli/main.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

let dir: string;
let sensitive: string;
let clean: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-cli-'));
  sensitive = path.join(dir, 'a-sensitive.eml');
  clean = path.join(dir, 'b-clean.eml');
  fs.writeFileSync(sensitive, await buildMail({
    to: 'nurse@nhs.net',
    text: 'Amelia Hart (NHS number 943 476 5919) has been diagnosed with epilepsy and takes sodium valproate.',
  }));
  fs.writeFileSync(clean, await buildMail({ to: 'bookings@coaches.example', text: 'Please quote for a 49-seat coach on 3 March.' }));
});

describe('mailward scan', () => {
  it('is an executable command (npx mailward)', () => {
    expect(fs.statSync(cli).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('prints one JSON object per file, in input order, and exits 0', () => {
    const r = run('scan', sensitive, clean, '--json', '--internal-domain', 'oakfield.example');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['a-sensitive.eml', 'b-clean.eml']);
    expect(lines.map((l) => l.action)).toEqual(['encrypt', 'allow']);
    const [first] = lines;
    for (const key of ['file', 'action', 'reasons', 'findings', 'recipients', 'elapsed_ms']) expect(first).toHaveProperty(key);
    expect(first.recipients).toEqual([{ address: 'nurse@nhs.net', field: 'to', class: 'secure' }]);
    expect(first.findings.find((f: { type: string }) => f.type === 'nhs_number')).toMatchObject({ category: 'identifier', count: 1, sample: '943 *** **19' });
    expect(r.stdout).not.toMatch(/9434765919|943 476 5919|epilepsy|valproate/);
  });

  it('prints a readable summary without --json', () => {
    const r = run('scan', sensitive, '--internal-domain', 'oakfield.example');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/a-sensitive\.eml: ENCRYPT/);
    expect(r.stdout).toMatch(/Reasons:\n\s+- \[encrypt\] external-personal-data: Message contains NHS number and health information/);
    expect(r.stdout).toMatch(/type\s+count\s+confidence\s+where\s+sample\s+why/);
    // Each finding says why it counts: the check and its keyword, or the person a term is about, by initials.
    expect(r.stdout).toMatch(/nhs_number .* 943 \*\*\* \*\*19\s+NHS number: 10 digits with a valid mod-11 check digit; supported by the label "NHS"/);
    expect(r.stdout).toMatch(/health .* term from the health vocabulary about A\. H\., linked to a named person in the same sentence or row/);
    expect(r.stdout).not.toMatch(/9434765919|943 476 5919|epilepsy|valproate|Amelia/);
  });

  it('uses --from and --to as the envelope', () => {
    const r = run('scan', clean, '--json', '--to', 'amelia.hart@gmail.com', '--from', 'p.raman@oakfield.example');
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.recipients).toEqual([{ address: 'amelia.hart@gmail.com', field: 'bcc', class: 'freemail' }]);
  });

  it('exits 2 naming an unreadable file, and still scans the others', () => {
    const missing = path.join(dir, 'missing.eml');
    const r = run('scan', missing, clean, '--json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot read ${missing}`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for usage errors', () => {
    expect(run('scan').status).toBe(2);
    expect(run('scan', clean, '--no-such-flag').status).toBe(2);
  });

  it('refuses an invalid configuration file with its line', () => {
    const config = path.join(dir, 'bad.yaml');
    fs.writeFileSync(config, 'organisation:\n  internal_domains: [oakfield.example]\nlimits:\n  max_depth: -1\n');
    const r = run('scan', clean, '--config', config);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:4: .*max_depth/);
  });
});

describe('mailward scan on attachments', () => {
  it("reads a filled-in PDF form's answers, which are in its fields and not its page text", async () => {
    const referral = path.join(dir, 'referral.eml');
    const form = pdf(['Referral form'], [['Child name', 'Harvey Cole'], ['Concern', 'Disclosed that his stepdad hits him'], ['NHS number', '943 476 5919']]);
    fs.writeFileSync(referral, await buildMail({ to: 'mash@council.example', text: 'Referral attached.', attachments: [{ filename: 'referral.pdf', content: form }] }));
    const [line] = run('scan', referral, '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    const types = line.findings.map((f: { type: string }) => f.type);
    expect(types).toEqual(expect.arrayContaining(['nhs_number', 'safeguarding']));
    expect(types).not.toContain('unscannable');
    expect(line.action).toBe('encrypt');
  });

  it("reads the comments on a PDF's pages (sticky notes), which are not page text either", async () => {
    const report = path.join(dir, 'report.eml');
    const annotated = pdf(['Year 9 report', 'Attendance 96 percent'], [], [['Mrs Carter', 'Harvey Cole: Mum disclosed domestic abuse at home']]);
    fs.writeFileSync(report, await buildMail({ to: 'tutor@agency.example', text: 'Report attached.', attachments: [{ filename: 'report.pdf', content: annotated }] }));
    const [line] = run('scan', report, '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.findings.map((f: { type: string }) => f.type)).toEqual(expect.arrayContaining(['safeguarding', 'person_name']));
    expect(line.action).toBe('encrypt');
  });

  it('scans a legacy PowerPoint (.ppt) file, speaker notes included', async () => {
    const slides = fs.readFileSync(path.join(__dirname, 'fixtures', 'pupil-slides.ppt'));
    const meeting = path.join(dir, 'meeting.eml');
    fs.writeFileSync(meeting, await buildMail({ to: 'consultant@agency.example', text: 'Slides attached.', attachments: [{ filename: 'meeting.ppt', content: slides }] }));
    const [line] = run('scan', meeting, '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    const types = line.findings.map((f: { type: string }) => f.type);
    expect(types).toEqual(expect.arrayContaining(['nhs_number', 'health']));
    expect(types).not.toContain('unscannable');
  });

  it('scans a legacy Excel (.xls) medical list, which it once could only call unscannable', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['Name', 'NHS number', 'Medical needs'], ['Amelia Hart', '943 476 5919', 'Asthma'], ['Priya Raman', '401 023 2137', 'Epilepsy']]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Medical');
    const list = path.join(dir, 'medical-list.eml');
    const attachment = { filename: 'medical.xls', content: XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer };
    fs.writeFileSync(list, await buildMail({ to: 'trip@activity-centre.example', text: 'List attached.', attachments: [attachment] }));
    const [line] = run('scan', list, '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    const types = line.findings.map((f: { type: string }) => f.type);
    expect(types).toEqual(expect.arrayContaining(['nhs_number', 'health', 'person_name']));
    expect(types).not.toContain('unscannable');
    expect(line.findings.find((f: { type: string }) => f.type === 'nhs_number').count).toBe(2);
  });
});

describe('mailward scan past its time budget', () => {
  it('reports each file it could not scan in time (exit 1), never as allowed, and goes on to the next', () => {
    // A 1 ms budget per message: no scan fits in it, so each worker is stopped, as one stuck in a parser would be.
    const config = path.join(dir, 'tight.yaml');
    fs.writeFileSync(config, 'organisation:\n  internal_domains: [oakfield.example]\nsmtp:\n  scan_timeout_ms: 1\n');
    const r = run('scan', sensitive, clean, '--json', '--config', config);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { file: 'a-sensitive.eml', error: expect.stringMatching(/took too long: over the 1 ms budget/) },
      { file: 'b-clean.eml', error: expect.stringMatching(/took too long/) },
    ]);
    expect(r.stderr).toContain(`${sensitive}: Scanning took too long`);
  });
});

describe('mailward scan on input that is not a message', () => {
  it('reports the file as not scannable (exit 1), never as allowed', () => {
    const notMail = path.join(dir, 'report.eml');
    fs.writeFileSync(notMail, Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n', 'latin1'));
    const r = run('scan', notMail, clean, '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/report\.eml: Message could not be parsed: not an RFC 5322 message/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ file: 'report.eml', error: expect.stringMatching(/not an RFC 5322 message/) });
    expect(lines[1].action).toBe('allow');
  });
});
