// `npm run bench`: scan throughput for plain text and per attachment type, with
// a naive baseline measured in the same run: every detection pattern run alone,
// one after another, as a plain regular expression over the same text.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import MailComposer from 'nodemailer/lib/mail-composer';
import { loadConfig } from '../src/config/load';
import { detectMessage } from '../src/detect/detector';
import { RECOGNIZERS } from '../src/detect/identifiers/recognizers';
import { termUnion } from '../src/detect/term-index';
import { loadRuleSet } from '../src/policy/load';
import { scanMessage } from '../src/scan';
import { shutdownOcr } from '../src/extract/ocr';
import type { ExtractedMessage } from '../src/types';
import { csvRows, docx, pdf, rtf, schoolText, xls, xlsx, zipOf } from './fixtures';
import { benchGateway } from './gateway';
import { benchStore } from './store';

const MB = 1024 * 1024;
const rules = loadRuleSet();
const config = loadConfig(undefined, { internalDomains: ['oakfield.example'] });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

function messageOf(text: string): ExtractedMessage {
  return { subject: '', from: null, to: [], cc: [], bcc: [], attachments: [], encryptedBody: false, segments: [{ where: 'body', text }] };
}

/** Every pattern the detector uses, each run alone over the text. */
function baselineSeconds(texts: string[]): number {
  const patterns: RegExp[] = [
    ...RECOGNIZERS.map((r) => r.pattern),
    ...rules.detector.vocabularies.vocabularies
      .flatMap(({ source }) => [termUnion(source.terms, 'giu'), termUnion(source.caseSensitiveTerms, 'gu'), termUnion(source.ignore, 'giu')])
      .filter((r): r is RegExp => r !== null),
    rules.detector.references.pattern,
  ];
  const started = performance.now();
  let matches = 0;
  for (const source of patterns) {
    const re = new RegExp(source.source, source.flags.includes('g') ? source.flags : `${source.flags}g`);
    for (const text of texts) {
      re.lastIndex = 0;
      while (re.exec(text)) matches++;
    }
  }
  if (matches < 0) console.log(matches); // keep the loop observable
  return (performance.now() - started) / 1000;
}

/** A JavaScript loop that reads every character once and does nothing else: the ceiling for any scan written in JavaScript on this machine. */
function onePassSeconds(texts: string[]): number {
  const started = performance.now();
  let spaces = 0;
  for (const text of texts) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
  if (spaces < 0) console.log(spaces); // keep the loop observable
  return (performance.now() - started) / 1000;
}

function benchText(): void {
  const texts = Array.from({ length: 400 }, () => schoolText(10 * 1024));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  texts.forEach((t) => detectMessage(messageOf(t), rules.detector)); // warm-up: one pass, so every path is compiled
  const started = performance.now();
  for (const t of texts) detectMessage(messageOf(t), rules.detector);
  const detectorSeconds = (performance.now() - started) / 1000;
  const naive = baselineSeconds(texts);
  onePassSeconds(texts); // warm-up
  const onePass = onePassSeconds(texts);
  console.log(`\nPlain text, ${(bytes / MB).toFixed(1)} MB in 10 KB messages (detection only):`);
  console.log(`  full detector set      ${fmt(bytes / MB / detectorSeconds)} MB/s`);
  console.log(`  naive baseline         ${fmt(bytes / MB / naive)} MB/s   (each pattern alone, plain RegExp)`);
  console.log(`  ratio detector/naive   ${fmt(naive / detectorSeconds, 2)}`);
  console.log(`  one JavaScript pass    ${fmt(bytes / MB / onePass)} MB/s   (reading each character once: the ceiling for any scan in JavaScript)`);
}

/**
 * Long inputs: a text with no line breaks or full stops (one long sentence), and a list of
 * 20,000 NHS numbers under one header. Throughput should not fall as the input grows:
 * a quadratic step shows here as MB/s dropping with size.
 */
function benchScaling(): void {
  const oneLine = (bytes: number): string => schoolText(bytes).replace(/[.\n]+/g, ' ');
  const column = (lines: number): string => ['NHS numbers', ...Array.from({ length: lines }, () => '943 476 5919')].join('\n');
  console.log('\nLong inputs (detection only; MB/s should not fall with size):');
  for (const [name, text] of [
    ['one line, 256 KB', oneLine(256 * 1024)], ['one line, 2 MB', oneLine(2 * MB)],
    ['column, 2,000 lines', column(2000)], ['column, 20,000 lines', column(20000)],
  ] as const) {
    detectMessage(messageOf(text), rules.detector);
    const started = performance.now();
    detectMessage(messageOf(text), rules.detector);
    const seconds = (performance.now() - started) / 1000;
    console.log(`  ${name.padEnd(22)} ${fmt(Buffer.byteLength(text) / MB / seconds)} MB/s`);
  }
}

function mail(text: string, attachments: { filename: string; content: Buffer | string }[] = []): Promise<Buffer> {
  return new MailComposer({ from: 'Priya Raman <p.raman@oakfield.example>', to: 'office@partner.example', subject: 'Bench', text, attachments })
    .compile()
    .build();
}

async function timeScans(raw: Buffer, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) await scanMessage(raw, { config, rules });
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await scanMessage(raw, { config, rules });
    times.push(performance.now() - started);
  }
  return times;
}

async function benchMessage(): Promise<void> {
  const raw = await mail(schoolText(10 * 1024));
  const times = await timeScans(raw, 300);
  console.log(`\n10 KB text message, full scan (parse + detect + decide), 300 runs:`);
  console.log(`  median ${fmt(median(times), 2)} ms   p99 ${fmt(percentile(times, 0.99), 2)} ms   target < 2 ms median`);
}

async function benchAttachments(): Promise<void> {
  const text = schoolText(200 * 1024);
  const csv = csvRows(3000);
  const cases: [string, { filename: string; content: Buffer | string }][] = [
    ['pdf', { filename: 'report.pdf', content: pdf(text.match(/.{1,90}/g) ?? []) }],
    ['docx', { filename: 'notes.docx', content: await docx(200) }],
    ['xlsx', { filename: 'export.xlsx', content: await xlsx(3000) }],
    ['xls', { filename: 'export.xls', content: xls(3000) }],
    ['ppt', { filename: 'slides.ppt', content: fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'pupil-slides.ppt')) }],
    ['csv', { filename: 'export.csv', content: csv }],
    ['rtf', { filename: 'list.rtf', content: rtf(2000) }],
    ['html', { filename: 'page.html', content: `<html><body><p>${text.replace(/\n\n/g, '</p><p>')}</p></body></html>` }],
    ['zip(csv)', { filename: 'export.zip', content: await zipOf('export.csv', csv) }],
  ];
  console.log('\nPer attachment type (whole message scanned, 10 runs each):');
  console.log('  type        size KB   median ms     MB/s (attachment bytes)');
  for (const [name, attachment] of cases) {
    const raw = await mail('See attached.', [attachment]);
    const times = await timeScans(raw, 10);
    const size = Buffer.byteLength(attachment.content);
    console.log(`  ${name.padEnd(10)} ${fmt(size / 1024, 0)}   ${fmt(median(times), 1)}      ${fmt(size / MB / (median(times) / 1000))}`);
  }
}

async function main(): Promise<void> {
  console.log(`Mailward benchmarks (node ${process.version})`);
  benchText();
  benchScaling();
  await benchMessage();
  await benchAttachments();
  await shutdownOcr();
  await benchStore();
  await benchGateway();
}

void main();
