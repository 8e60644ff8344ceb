// Turns a YAML parse error or a zod issue into "file:line: what is wrong", so that
// a person fixing a rules or config file is pointed at the line.
import { Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  value: unknown;
}

/** Parses YAML text; throws an Error listing every syntax problem with its line. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const pos = e.pos ? lineCounter.linePos(e.pos[0]) : undefined;
      return `${file}:${pos?.line ?? '?'}: ${e.message.split('\n')[0]}`;
    });
    throw new Error(lines.join('\n'));
  }
  return { doc, lineCounter, value: doc.toJS() };
}

/** Formats zod issues with the line of the offending YAML node. */
export function describeIssues(issues: z.core.$ZodIssue[], parsed: ParsedYaml, file: string): string {
  return issues
    .flatMap(specific)
    .map((issue) => {
      const line = lineOf(parsed, issue.path as (string | number)[]);
      const where = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
      return `${file}:${line ?? '?'}: ${issue.message}${where}`;
    })
    .join('\n');
}

/**
 * zod reports a failed union as "Invalid input"; the useful issue is inside the
 * branch that recognised the keys given (its issues are not about unknown keys).
 */
function specific(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || !Array.isArray(issue.errors) || issue.errors.length === 0) return [issue];
  const branches = issue.errors as z.core.$ZodIssue[][];
  const keyFits = (branch: z.core.$ZodIssue[]) => !branch.some((i) => i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && i.path.length === 0));
  const best = branches.find(keyFits) ?? branches.reduce((a, b) => (b.length < a.length ? b : a));
  if (!best || best.length === 0) return [issue];
  return best.flatMap((sub) => specific({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue));
}

function lineOf(parsed: ParsedYaml, path: (string | number)[]): number | undefined {
  // Walk up the path until a node with a source range exists (a missing key has none).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = parsed.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) return parsed.lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
