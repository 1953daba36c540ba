import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { TifaError } from '../util/errors.js';
import type { DocumentMeta } from './meta.js';

/** Names of manifest files looked for beside a report. */
export const MANIFEST_NAMES = ['MANIFEST.tsv', 'manifest.tsv', 'MANIFEST.csv', 'manifest.csv'];

/** A `/`-separated path without a leading `./`, as manifests and lookups compare them. */
function normalPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/**
 * Parses a manifest (TSV or CSV with a header row: `file` plus any of `title`, `issuer`,
 * `genre`, `year`) into a map from file path (as written, relative to the manifest's folder,
 * `/`-separated) to metadata. Look rows up with {@link lookupManifest}.
 *
 * @example
 * ```ts
 * parseManifest('file\tyear\na.txt\t2024\n', 'MANIFEST.tsv').get('a.txt'); // { year: 2024 }
 * ```
 */
export function parseManifest(content: string, file: string): Map<string, DocumentMeta> {
  const sep = file.toLowerCase().endsWith('.csv') ? ',' : '\t';
  const lines = content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const out = new Map<string, DocumentMeta>();
  if (lines.length === 0) return out;
  const header = splitRow(lines[0]!, sep).map((h) => h.trim().toLowerCase());
  const fi = header.indexOf('file');
  if (fi < 0)
    throw new TifaError(
      'EMANIFEST',
      `tifa: ${file}:1: the header has no "file" column (got ${JSON.stringify(header.join(sep))})`,
      file,
    );
  for (let i = 1; i < lines.length; i++) {
    const cols = splitRow(lines[i]!, sep);
    const get = (name: string) => {
      const k = header.indexOf(name);
      const v = k >= 0 ? cols[k]?.trim() : undefined;
      return v ? v : undefined;
    };
    const name = cols[fi]?.trim();
    if (!name) throw new TifaError('EMANIFEST', `tifa: ${file}:${i + 1}: empty "file" column`, file);
    const meta: DocumentMeta = {};
    const title = get('title');
    const issuer = get('issuer');
    const genre = get('genre');
    const year = get('year');
    if (title) meta.title = title;
    if (issuer) meta.issuer = issuer;
    if (genre) meta.genre = genre;
    if (year) {
      if (!/^\d{4}$/.test(year))
        throw new TifaError('EMANIFEST', `tifa: ${file}:${i + 1}: bad year ${JSON.stringify(year)}`, file);
      meta.year = Number(year);
    }
    out.set(normalPath(name), meta);
  }
  return out;
}

function splitRow(line: string, sep: string): string[] {
  if (sep === '\t') return line.split('\t');
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === sep) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * The manifest row of a report, by its path relative to the manifest's folder: an exact match of
 * the path, else the one row with the same file name. A row `gov-work-reports/1982.txt` never
 * describes `cpc-congress-reports/1982.txt`, and a bare `1982.txt` matches nothing when two rows
 * end in it.
 *
 * @example
 * ```ts
 * const m = parseManifest('file\tyear\ngov/1982.txt\t1982\ncpc/1982.txt\t1982\n', 'MANIFEST.tsv');
 * lookupManifest(m, 'gov/1982.txt'); // { year: 1982 }
 * lookupManifest(m, '1982.txt'); // undefined: two rows end in 1982.txt
 * ```
 */
export function lookupManifest(manifest: Map<string, DocumentMeta>, path: string): DocumentMeta | undefined {
  const p = normalPath(path);
  const exact = manifest.get(p);
  if (exact) return exact;
  const name = basename(p);
  const same = [...manifest.keys()].filter((k) => basename(k) === name);
  return same.length === 1 ? manifest.get(same[0]!) : undefined;
}

/**
 * The manifest row of a report file, given the manifest file's path.
 *
 * @example
 * ```ts
 * manifestMetaFor(m, '../shared/corpus/MANIFEST.tsv', '../shared/corpus/gov-work-reports/1982.txt');
 * ```
 */
export function manifestMetaFor(
  manifest: Map<string, DocumentMeta>,
  manifestFile: string,
  path: string,
): DocumentMeta | undefined {
  return lookupManifest(manifest, relative(dirname(manifestFile), path));
}

const cache = new Map<string, Map<string, DocumentMeta> | null>();

/**
 * Metadata for a report file from a manifest in the same folder, if there is one.
 *
 * @example
 * ```ts
 * metaFor('corpus/seed-2025-municipal-org-dept-political-ecology-report.txt').issuer; // '市委组织部党组'
 * ```
 */
export function metaFor(path: string): DocumentMeta {
  const dir = dirname(path);
  let m = cache.get(dir);
  if (m === undefined) {
    m = null;
    for (const name of MANIFEST_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) {
        m = parseManifest(readFileSync(p, 'utf8'), p);
        break;
      }
    }
    cache.set(dir, m);
  }
  return (m && lookupManifest(m, basename(path))) ?? {};
}
