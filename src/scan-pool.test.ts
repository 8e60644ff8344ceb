import os from 'node:os';
import { defaultScanThreads } from './scan-pool';

describe('default scan threads', () => {
  it('are at least two, so one large attachment never holds up every message, and leave a core to the event loop', () => {
    expect(defaultScanThreads()).toBe(Math.max(2, os.availableParallelism() - 1));
    expect(defaultScanThreads()).toBeGreaterThanOrEqual(2);
  });
});
