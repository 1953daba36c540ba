import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The version of tifa itself, read once from its package.json.
 *
 * @example
 * ```ts
 * tifaVersion(); // '0.1.0'
 * ```
 */
export function tifaVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
  return cached;
}
