// Binary search over things kept in text order (positions, spans by start), written once.

/** The first index in [0, length) where `reached(i)` holds, when it holds from some index on; `length` when it never does. */
export function firstIndexWhere(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** In spans ordered by start, the index of the first starting at or after `offset` (`spans.length` when none does). */
export const firstStartingFrom = (spans: ArrayLike<{ start: number }>, offset: number): number =>
  firstIndexWhere(spans.length, (i) => spans[i]!.start >= offset);

/** In spans ordered by start, the index of the last one starting at or before `offset` (0 when none does). */
export const lastStartingBy = (spans: ArrayLike<{ start: number }>, offset: number): number =>
  Math.max(0, firstIndexWhere(spans.length, (i) => spans[i]!.start > offset) - 1);
