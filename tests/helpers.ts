import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of the bundled 2025 report. */
export const SEED = fileURLToPath(
  new URL('../corpus/seed-2025-municipal-org-dept-political-ecology-report.txt', import.meta.url),
);
/** Text of the bundled 2025 report. */
export const seedText = (): string => readFileSync(SEED, 'utf8');
/** Repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * A path in the reference corpus beside the repository (`../shared/corpus`). Tests that read it
 * fail with this message when it is missing: CI lays it out, so a silent skip would hide a gap.
 */
export function sharedCorpus(...parts: string[]): string {
  const path = join(ROOT, '../shared/corpus', ...parts);
  if (!existsSync(path)) throw new Error(`${path} is missing: these tests need the reference corpus in ../shared`);
  return path;
}

/**
 * Flags for Debian's headless Chromium on this closed network: no sandbox (root), no GPU, and no
 * background connections (they are refused here, many at a time).
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
