// The readable (non-JSON) rendering of a scan result.
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
  const scored = result.findings;
  if (scored.length) {
    lines.push('  Findings:');
    const rows = [['type', 'count', 'confidence', 'where', 'sample'],
      ...scored.map((f) => [f.type, String(f.count), f.confidence.toFixed(2), f.where, f.sample])];
    lines.push(...table(rows).map((l) => `    ${l}`));
  } else lines.push('  Findings: none');
  if (result.recipients.length) {
    lines.push('  Recipients:');
    lines.push(...table(result.recipients.map((r) => [r.address, r.field, r.class])).map((l) => `    ${l}`));
  }
  return lines.join('\n');
}
