// The readable (non-JSON) rendering of a scan result.
import type { StoredFinding } from '../store/types';
import type { ScanResult } from '../types';

/** Columns padded to their widest cell. */
export function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
}

export function formatScan(file: string, result: ScanResult): string {
  const lines = [`${file}: ${result.action.toUpperCase()}  (${result.elapsed_ms} ms)`];
  if (result.reasons.length) {
    lines.push('  Reasons:');
    for (const r of result.reasons) lines.push(`    - [${r.action}] ${r.rule}: ${r.message}`);
  }
  lines.push(...findingLines(result.findings));
  if (result.recipients.length) {
    lines.push('  Recipients:');
    lines.push(...table(result.recipients.map((r) => [r.address, r.field, r.class])).map((l) => `    ${l}`));
  }
  return lines.join('\n');
}

/** The findings as a table, each with why it counts, indented under a "Findings:" line. */
export function findingLines(findings: StoredFinding[]): string[] {
  if (findings.length === 0) return ['  Findings: none'];
  const rows = [['type', 'count', 'confidence', 'where', 'sample', 'why'],
    ...findings.map((f) => [f.type, String(f.count), f.confidence.toFixed(2), f.where, f.sample, f.evidence ?? ''])];
  return ['  Findings:', ...table(rows).map((l) => `    ${l}`)];
}
