import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the bundled 2025 report. */
export const SEED = fileURLToPath(
  new URL('../corpus/seed-2025-municipal-org-dept-political-ecology-report.txt', import.meta.url),
);
/** Text of the bundled 2025 report. */
export const seedText = (): string => readFileSync(SEED, 'utf8');
/** Repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
