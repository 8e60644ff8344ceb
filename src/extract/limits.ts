// Limits on what one message may cost to open. Crossing one makes the part
// `unscannable` (rule D9), never silently clean.
import type { Limits } from '../config/schema';

export class LimitExceeded extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LimitExceeded';
  }
}

/** Bytes all archives of one message may still expand to; shared across nesting levels. */
export class ExpansionBudget {
  private remaining: number;

  constructor(readonly limits: Limits) {
    this.remaining = limits.max_expanded_bytes;
  }

  take(bytes: number): void {
    if (bytes > this.remaining) {
      throw new LimitExceeded(`archive expands past the ${this.limits.max_expanded_bytes}-byte limit`);
    }
    this.remaining -= bytes;
  }
}

/** Ratios only matter for entries big enough to hurt: small, highly repetitive files are normal. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export function checkRatio(uncompressed: number, compressed: number, limits: Limits): void {
  if (uncompressed < RATIO_FLOOR_BYTES) return;
  const ratio = uncompressed / Math.max(compressed, 1);
  if (ratio > limits.max_compression_ratio) {
    throw new LimitExceeded(`compression ratio ${Math.round(ratio)}:1 is over the ${limits.max_compression_ratio}:1 limit`);
  }
}

export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LimitExceeded(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
