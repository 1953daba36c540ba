import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BYTES_PER_WORKER, defaultJobs } from '../../src/cli/shared.js';

describe('the default number of worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-jobs-'));
  const file = (name: string, bytes: number) => {
    const path = join(dir, name);
    writeFileSync(path, '');
    truncateSync(path, bytes);
    return { path };
  };

  it('is one for a corpus smaller than what a second worker pays for', async () => {
    expect(await defaultJobs([file('a.txt', 4_000_000), file('b.txt', 100_000)])).toBe(1);
    expect(await defaultJobs([])).toBe(1);
  });

  it('grows with the input, up to one per core', async () => {
    const big = [file('c.txt', BYTES_PER_WORKER), file('d.txt', BYTES_PER_WORKER), file('e.txt', 1)];
    expect(await defaultJobs(big)).toBe(Math.min(availableParallelism(), 3));
  });

  it('counts a file that cannot be read as empty (it is reported when it is analyzed)', async () => {
    expect(await defaultJobs([{ path: join(dir, 'missing.txt') }])).toBe(1);
  });
});
