/** mulberry32: a fixed seed gives the same numbers on every run, with even low bits. Returns integers in [0, n). */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}
