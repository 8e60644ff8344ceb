// Loads a rules folder: policy.yaml, domains.yaml and vocabularies/*.yaml, each
// validated; any problem refuses the whole set with file, line and what is wrong.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { packageRoot } from '../config/package-root';
import { describeIssues, parseYaml } from '../config/yaml-errors';
import { buildLexicon } from '../detect/names';
import { compileReferences, compileVocabularySet, type SensitiveVocabulary } from '../detect/sensitive';
import type { DetectorData } from '../detect/detector';
import { MailwardError, errorMessage } from '../errors';
import { domainsSchema, givenNamesSchema, notNamesSchema, policySchema, referencesSchema, vocabularySchema, type Policy } from './schema';

export interface RuleSet {
  dir: string;
  policy: Policy;
  freemail: string[];
  secure: string[];
  detector: DetectorData;
}

export function defaultRulesDir(): string {
  return path.join(packageRoot(), 'rules');
}

const SPECIAL_VOCABULARY_FILES = new Set(['not-names.yaml', 'given-names.yaml', 'person-references.yaml']);

export function loadRuleSet(dir: string = defaultRulesDir()): RuleSet {
  const problems: string[] = [];
  const read = <S extends z.ZodTypeAny>(file: string, schema: S): z.infer<S> | undefined => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      problems.push(`${file}: ${errorMessage(err)}`);
      return undefined;
    }
    try {
      const parsed = parseYaml(text, file);
      const result = schema.safeParse(parsed.value ?? {});
      if (!result.success) {
        problems.push(describeIssues(result.error.issues, parsed, file));
        return undefined;
      }
      return result.data;
    } catch (err) {
      problems.push(errorMessage(err));
      return undefined;
    }
  };

  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new MailwardError('MW_ERR_RULES_INVALID', `${dir}: not a rules folder`);
  }
  const policy = read(path.join(dir, 'policy.yaml'), policySchema);
  const domains = read(path.join(dir, 'domains.yaml'), domainsSchema);
  const vocabDir = path.join(dir, 'vocabularies');
  const notNames = read(path.join(vocabDir, 'not-names.yaml'), notNamesSchema);
  const references = read(path.join(vocabDir, 'person-references.yaml'), referencesSchema);
  // Optional, so that a rules folder copied from an earlier version still loads.
  const givenNamesFile = path.join(vocabDir, 'given-names.yaml');
  const givenNames = fs.existsSync(givenNamesFile) ? read(givenNamesFile, givenNamesSchema) : { given: [] };
  const vocabularies: SensitiveVocabulary[] = [];
  const files = fs.existsSync(vocabDir) ? fs.readdirSync(vocabDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const seenTypes = new Map<string, string>();
  for (const f of files) {
    if (SPECIAL_VOCABULARY_FILES.has(f)) continue;
    const vocab = read(path.join(vocabDir, f), vocabularySchema);
    if (!vocab) continue;
    const earlier = seenTypes.get(vocab.type);
    if (earlier) problems.push(`${path.join(vocabDir, f)}:1: type ${vocab.type} is already defined in ${earlier}`);
    seenTypes.set(vocab.type, f);
    vocabularies.push({
      type: vocab.type, description: vocab.description, terms: vocab.terms,
      caseSensitiveTerms: vocab.case_sensitive_terms, ignore: vocab.ignore,
    });
  }
  if (problems.length || !policy || !domains || !notNames || !references || !givenNames) {
    throw new MailwardError('MW_ERR_RULES_INVALID', '\n' + problems.join('\n'));
  }
  return {
    dir,
    policy,
    freemail: domains.freemail.map((d) => d.toLowerCase()),
    secure: domains.secure.map((d) => d.toLowerCase()),
    detector: {
      vocabularies: compileVocabularySet(vocabularies),
      references: compileReferences(references.references),
      lexicon: buildLexicon({ notNames: notNames.words, ambiguous: notNames.ambiguous, alsoSurnames: notNames.also_surnames, aloneBeforeVerb: notNames.alone_before_verb, places: notNames.places, properNounTails: notNames.proper_noun_tails, given: givenNames.given }),
      bulkMinPeople: policy.settings.bulk_min_people,
    },
  };
}
