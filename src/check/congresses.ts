import { readFileSync } from 'node:fs';
import { DICTIONARY_DIR } from '../dictionary/dictionary.js';
import { TifaError } from '../util/errors.js';

/**
 * A party congress or a plenum of its central committee, from `dictionaries/congresses.tsv`.
 *
 * @example
 * ```ts
 * // { name: '十九届六中全会', category: 'plenum', term: 19, opened: '2021-11-08', closed: '2021-11-11' }
 * ```
 */
export interface Congress {
  name: string;
  category: 'congress' | 'plenum';
  /** The congress the meeting belongs to (19 for 十九大 and 十九届六中全会). */
  term: number;
  opened: string;
  closed: string;
}

const TERM = /^(十[五六七八九]|二十[一二三]?|二十)(?:大|届)/;
const TERM_VALUE: Record<string, number> = { 十五: 15, 十六: 16, 十七: 17, 十八: 18, 十九: 19, 二十: 20 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a congresses file: `name<TAB>congress|plenum<TAB>opened<TAB>closed`, `#` comments.
 *
 * @example
 * ```ts
 * parseCongresses('二十大\tcongress\t2022-10-16\t2022-10-22\n', 'c.tsv')[0].term; // 20
 * ```
 */
export function parseCongresses(content: string, file: string): Congress[] {
  const out: Congress[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [name = '', category = '', opened = '', closed = ''] = raw.split('\t');
    const term = TERM.exec(name);
    const termValue = term ? TERM_VALUE[term[1]!] : undefined;
    if (termValue === undefined || (category !== 'congress' && category !== 'plenum'))
      throw new TifaError('EDICT', `${file}:${i + 1}: bad congress line ${JSON.stringify(raw)}`, file);
    if (!ISO_DATE.test(opened) || !ISO_DATE.test(closed))
      throw new TifaError('EDICT', `${file}:${i + 1}: bad date in ${JSON.stringify(raw)}`, file);
    out.push({ name, category, term: termValue, opened, closed });
  });
  return out;
}

let bundled: Congress[] | undefined;

/**
 * The bundled congresses and plenums (dictionaries/congresses.tsv), read once.
 *
 * @example
 * ```ts
 * bundledCongresses().find((c) => c.name === '二十大')?.closed; // '2022-10-22'
 * ```
 */
export function bundledCongresses(): Congress[] {
  bundled ??= parseCongresses(readFileSync(`${DICTIONARY_DIR}congresses.tsv`, 'utf8'), 'dictionaries/congresses.tsv');
  return bundled;
}
