// Invalid rules are refused with file, line and what is wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TermText } from '../detect/term-index';
import { defaultRulesDir, loadRuleSet } from './load';

function copyRules(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailward-rules-'));
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  return dir;
}

describe('loading rules', () => {
  it('loads the shipped rules', () => {
    const rules = loadRuleSet();
    expect(rules.policy.rules.map((r) => r.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D8', 'D9']);
    expect(rules.detector.vocabularies.vocabularies.length).toBe(13);
  });

  // Ignores hold for every vocabulary and hide any term they overlap: a term spelled out that an ignore
  // covers could never be found ("bail conditions" was hidden by health's ignore of court conditions).
  it('hides no term written out in full behind an ignore', () => {
    const { vocabularies } = loadRuleSet().detector;
    const literal = vocabularies.vocabularies.flatMap((v) => [...v.source.terms, ...v.source.caseSensitiveTerms]).filter((t) => !/[\\()[\]?*+|{}^$.]/.test(t));
    expect(literal.length).toBeGreaterThan(100);
    expect(literal.filter((term) => vocabularies.anyIgnore.spans(new TermText(term)).length > 0)).toEqual([]);
  });

  it('names the file and line of an unknown action', () => {
    const dir = copyRules();
    const file = path.join(dir, 'policy.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('action: quarantine', 'action: hold'));
    expect(() => loadRuleSet(dir)).toThrow(/policy\.yaml:\d+: .*(quarantine|Invalid option).*at rules\.2\.action/s);
  });

  it('names the file and line of a YAML syntax error', () => {
    const dir = copyRules();
    fs.writeFileSync(path.join(dir, 'domains.yaml'), 'freemail: [gmail.com\nsecure: [nhs.net]\n');
    expect(() => loadRuleSet(dir)).toThrow(/domains\.yaml:\d+:/);
  });

  it('refuses an invalid regular expression in a vocabulary', () => {
    const dir = copyRules();
    const file = path.join(dir, 'vocabularies', 'health.yaml');
    // Into the existing terms list, whatever other lists the file holds.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^terms:\n/m, "terms:\n  - '(unclosed'\n"));
    expect(() => loadRuleSet(dir)).toThrow(/health\.yaml:\d+: not a valid regular expression/);
  });

  it('names an unknown finding type inside a condition', () => {
    const dir = copyRules();
    const file = path.join(dir, 'policy.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('finding: [executable_attachment]', 'finding: [executables]'));
    expect(() => loadRuleSet(dir)).toThrow(/policy\.yaml:\d+: Invalid option.*"executable_attachment".*at rules\.0\.when\.finding\.0/s);
  });

  it('refuses a duplicate rule id', () => {
    const dir = copyRules();
    const file = path.join(dir, 'policy.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('id: D2', 'id: D1'));
    expect(() => loadRuleSet(dir)).toThrow(/policy\.yaml:\d+: duplicate rule id D1 \(at rules\.1\.id\)/);
  });

  it('refuses a folder that is not a rules folder', () => {
    expect(() => loadRuleSet(path.join(os.tmpdir(), 'no-such-rules'))).toThrow(/not a rules folder/);
  });
});
