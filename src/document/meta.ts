/** Metadata about a report that a manifest (MANIFEST.tsv) or the caller may add to what its text says. */
export interface DocumentMeta {
  title?: string;
  issuer?: string;
  genre?: string;
  year?: number;
}

/** The fields `--meta KEY=VALUE` may set. */
const META_KEYS = ['title', 'issuer', 'genre', 'year'] as const;

/**
 * Reads `KEY=VALUE` settings (`issuer=某市委组织部`, `genre=政治生态分析研判报告`, `year=2025`)
 * into metadata that overrides what a manifest or the text says, for every document of a run.
 * A malformed setting throws a `tifa:` TypeError naming it.
 *
 * @example
 * ```ts
 * parseMetaSettings(['issuer=市委组织部党组', 'genre=政治生态分析研判报告']);
 * // { issuer: '市委组织部党组', genre: '政治生态分析研判报告' }
 * ```
 */
export function parseMetaSettings(settings: readonly string[]): DocumentMeta {
  const meta: DocumentMeta = {};
  for (const setting of settings) {
    const eq = setting.indexOf('=');
    const key = setting.slice(0, eq);
    const value = setting.slice(eq + 1).trim();
    if (eq < 1 || value === '' || !(META_KEYS as readonly string[]).includes(key))
      throw new TypeError(
        `tifa: --meta ${JSON.stringify(setting)}: expected KEY=VALUE with KEY one of ${META_KEYS.join(', ')}`,
      );
    if (key === 'year') {
      if (!/^\d{4}$/.test(value))
        throw new TypeError(`tifa: --meta ${JSON.stringify(setting)}: the year must have four digits`);
      meta.year = Number(value);
    } else meta[key as Exclude<(typeof META_KEYS)[number], 'year'>] = value;
  }
  return meta;
}
