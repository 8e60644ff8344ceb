import { Writable } from 'node:stream';
import { createLogger } from './logger';

it('redacts content fields wherever they appear', () => {
  const lines: string[] = [];
  const out = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  createLogger(out).info({ event: 'decision', subject: 'Care plan - Maisie', findings: [{ type: 'nhs_number', sample: '943 *** **19' }], detail: { body: 'NHS 9434765919' } });
  const line = JSON.parse(lines[0]);
  expect(line).toMatchObject({ service: 'mailward', event: 'decision', subject: '[redacted]', detail: { body: '[redacted]' } });
  expect(line.findings[0]).toEqual({ type: 'nhs_number', sample: '[redacted]' });
  expect(lines[0]).not.toMatch(/Maisie|9434765919/);
});
