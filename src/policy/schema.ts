// The rules language: what a rules file may say, validated at load.
import { z } from 'zod';
import { ACTIONS, CHILD_SENSITIVE, MESSAGE_TYPES, SPECIAL_CATEGORIES, STRONG_IDENTIFIERS, WEAK_IDENTIFIERS } from '../types';

export const FINDING_GROUPS = {
  strong_identifier: [...STRONG_IDENTIFIERS],
  special_category: [...SPECIAL_CATEGORIES],
  child_sensitive: [...CHILD_SENSITIVE],
  /** Any strong identifier, special-category or child-sensitive finding (contract D2, D6). */
  personal_data: [...STRONG_IDENTIFIERS, ...SPECIAL_CATEGORIES, ...CHILD_SENSITIVE],
  /** Special-category or child-sensitive (contract D4). */
  sensitive: [...SPECIAL_CATEGORIES, ...CHILD_SENSITIVE],
} as const;

const findingNames = [
  ...STRONG_IDENTIFIERS, ...WEAK_IDENTIFIERS, ...SPECIAL_CATEGORIES, ...CHILD_SENSITIVE, ...MESSAGE_TYPES,
  ...Object.keys(FINDING_GROUPS),
] as [string, ...string[]];

const regexString = z.string().refine((s) => {
  try {
    new RegExp(s, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const range = z
  .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
  .strict()
  .refine((r) => r.min !== undefined || r.max !== undefined, 'give min, max or both');

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { finding: string[] }
  | { recipients: 'non_internal' | 'any' | 'all_internal' | ('internal' | 'external' | 'freemail' | 'secure')[] }
  | { visible_external_individuals: { min?: number; max?: number } }
  | { subject_matches: string }
  | { recipient_domains: string[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z.object({ finding: z.array(z.enum(findingNames)).min(1) }).strict(),
    z.object({
      recipients: z.union([
        z.enum(['non_internal', 'any', 'all_internal']),
        z.array(z.enum(['internal', 'external', 'freemail', 'secure'])).min(1),
      ]),
    }).strict(),
    z.object({ visible_external_individuals: range }).strict(),
    z.object({ subject_matches: regexString }).strict(),
    z.object({ recipient_domains: z.array(z.string().min(1)).min(1) }).strict(),
  ]),
);

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
    name: z.string().regex(/^[a-z0-9-]+$/, 'lower-case words joined by -'),
    description: z.string().optional(),
    when: conditionSchema,
    action: z.enum(ACTIONS),
    /** Shown to the sender; {types} becomes the findings that made the rule fire. */
    message: z.string().min(1),
    severity: z.enum(['minor', 'moderate', 'severe']).default('moderate'),
    enabled: z.boolean().default(true),
  })
  .strict();

export const policySchema = z
  .object({
    version: z.literal(1),
    settings: z
      .object({
        bulk_min_people: z.number().int().min(2).default(10),
        cc_exposure_min: z.number().int().min(2).default(3),
      })
      .strict()
      .default({ bulk_min_people: 10, cc_exposure_min: 3 }),
    rules: z.array(ruleSchema).min(1),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${r.id}`, path: ['rules', i, 'id'] });
      seen.add(r.id);
    });
  });

export const domainsSchema = z
  .object({ freemail: z.array(z.string().min(1)).default([]), secure: z.array(z.string().min(1)).default([]) })
  .strict();

export const vocabularySchema = z
  .object({
    type: z.enum([...SPECIAL_CATEGORIES, ...CHILD_SENSITIVE]),
    description: z.string(),
    terms: z.array(regexString).min(1),
    case_sensitive_terms: z.array(regexString).default([]),
    ignore: z.array(regexString).default([]),
  })
  .strict();

export const givenNamesSchema = z.object({ given: z.array(z.string()) }).strict();
export const notNamesSchema = z
  .object({
    words: z.array(z.string()),
    ambiguous: z.array(z.string()).default([]),
    also_surnames: z.array(z.string()).default([]),
    alone_before_verb: z.array(z.string()).default([]),
    places: z.array(z.string()).default([]),
    proper_noun_tails: z.array(z.string()).default([]),
  })
  .strict();
export const referencesSchema = z.object({ references: z.array(regexString).min(1) }).strict();

export type Policy = z.infer<typeof policySchema>;
export type Rule = z.infer<typeof ruleSchema>;
