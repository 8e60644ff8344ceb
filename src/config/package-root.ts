import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The folder holding Mailward's package.json, whether run from src/ (tests) or dist/. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot locate the Mailward package root');
    dir = parent;
  }
  cached = dir;
  return dir;
}
