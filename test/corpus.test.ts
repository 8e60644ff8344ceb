// Keeps detection quality on the public corpus from regressing. Runs the real
// CLI (built into dist/ by `npm test`) through the corpus's own scorer.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const scorer = path.resolve(root, '../shared/corpus/score.mjs');
const cli = path.join(root, 'dist/src/cli/main.js');

function score(): Record<string, number> {
  const out = execFileSync(process.execPath, [scorer, '--cmd', `${process.execPath} ${cli}`, '--jobs', '2'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = out.trim().split('\n').pop() ?? '';
  expect(line.startsWith('SCORE ')).toBe(true);
  return Object.fromEntries(line.slice(6).split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
}

const describeIfCorpus = fs.existsSync(scorer) ? describe : describe.skip;

describeIfCorpus('public corpus (../shared/corpus)', () => {
  it('meets the action-accuracy, leak and over-block targets with masked samples only', () => {
    const s = score();
    expect(s.missing).toBe(0);
    expect(s.unmasked).toBe(0);
    expect(s.action_acc).toBeGreaterThanOrEqual(0.95);
    expect(s.overblocked).toBeLessThanOrEqual(0.03);
    expect(s.leaked).toBeLessThanOrEqual(0.02);
    expect(s.type_f1).toBeGreaterThanOrEqual(0.94);
  });
});
