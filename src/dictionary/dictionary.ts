import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TifaError, typeError } from '../util/errors.js';

/** Where an entry comes from: a dictionary file and line, or `<memory>`. */
export interface EntryOrigin {
  file: string;
  line: number;
}

/** One dictionary entry: a political term or a numbered formulation (提法). */
export interface DictionaryEntry {
  /** Canonical form; aliases and variants fold into it. */
  term: string;
  category: string;
  kind: 'term' | 'formulation';
  /** Other surface forms counted as this term (aliases of terms, variants of formulations). */
  aliases: string[];
  /** Fixed members of a formulation (四个意识 → 政治意识、大局意识、核心意识、看齐意识). */
  members: string[];
  /** Year the formulation was introduced, when known. */
  since: number | null;
  origin: EntryOrigin;
}

/** An entry as a user may give it in memory. */
export interface EntryInput {
  term: string;
  category: string;
  kind?: 'term' | 'formulation';
  aliases?: string[];
  members?: string[];
  since?: number | null;
}

/** A leftmost-longest match of a dictionary surface form in a text. */
export interface DictionaryMatch {
  start: number;
  end: number;
  surface: string;
  entry: DictionaryEntry;
}

/** Package folder holding the bundled dictionaries. */
export const DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** The built-in dictionary files (relative to {@link DICTIONARY_DIR}). */
export const BUILTIN_FILES = {
  terms: 'terms.tsv',
  formulations: 'formulations.tsv',
  stopwords: 'stopwords.txt',
  boilerplate: 'boilerplate.txt',
} as const;

const CATEGORY_RE = /^[^\s\t]{1,20}$/;
const SURFACE_RE = /^[^\s\t|]{1,40}$/;

function bad(file: string, line: number, what: string): TifaError {
  return new TifaError('EDICT', `tifa: ${file}:${line}: ${what}`, file);
}

/**
 * Parses a terms file: one entry per line, `term<TAB>category[<TAB>alias|alias…]`,
 * `#` comments and blank lines ignored. Errors name the file and line.
 *
 * @example
 * ```ts
 * parseTermsFile('全面从严治党\t纪律与廉政\t从严治党\n', 'my.tsv')[0].aliases; // ['从严治党']
 * ```
 */
export function parseTermsFile(content: string, file: string): DictionaryEntry[] {
  return parseTsv(content, file, 'term');
}

/**
 * Parses a formulations file: `canonical<TAB>category<TAB>members (|-separated)<TAB>variants (|-separated)<TAB>since`.
 * Members are separated by `|`, not 、: an official member may itself contain 、
 * (两个确立: `确立习近平同志党中央的核心、全党的核心地位|确立习近平新时代中国特色社会主义思想的指导地位`).
 *
 * @example
 * ```ts
 * parseFormulationsFile('四个自信\t理论武装\t道路自信|理论自信|制度自信|文化自信\t\t2016\n', 'f.tsv')[0].members.length; // 4
 * ```
 */
export function parseFormulationsFile(content: string, file: string): DictionaryEntry[] {
  return parseTsv(content, file, 'formulation');
}

function parseTsv(content: string, file: string, kind: 'term' | 'formulation'): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const cols = raw.split('\t').map((c) => c.trim());
    const max = kind === 'term' ? 3 : 5;
    if (cols.length < 2) throw bad(file, lineNo, `expected "term<TAB>category", got ${JSON.stringify(raw)}`);
    if (cols.length > max)
      throw bad(
        file,
        lineNo,
        `expected at most ${max} tab-separated columns, got ${cols.length} in ${JSON.stringify(raw)}`,
      );
    const [term, category] = cols as [string, string];
    if (!SURFACE_RE.test(term))
      throw bad(file, lineNo, `bad term ${JSON.stringify(term)} (1–40 characters, no spaces, tabs or |)`);
    if (!CATEGORY_RE.test(category)) throw bad(file, lineNo, `bad category ${JSON.stringify(category)} for ${term}`);
    let aliases: string[] = [];
    let members: string[] = [];
    let since: number | null = null;
    if (kind === 'term') {
      aliases = splitList(cols[2], '|');
    } else {
      members = splitList(cols[2], '|');
      aliases = splitList(cols[3], '|');
      const y = cols[4] ?? '';
      if (y !== '') {
        if (!/^\d{4}$/.test(y))
          throw bad(file, lineNo, `bad year ${JSON.stringify(y)} for ${term} (expected four digits or nothing)`);
        since = Number(y);
      }
    }
    for (const a of aliases)
      if (!SURFACE_RE.test(a)) throw bad(file, lineNo, `bad alias ${JSON.stringify(a)} for ${term}`);
    out.push({ term, category, kind, aliases, members, since, origin: { file, line: lineNo } });
  }
  return out;
}

function splitList(col: string | undefined, sep: string): string[] {
  if (!col) return [];
  return col
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Parses a word list (stop words, boilerplate): one word per line, `#` comments.
 *
 * @example
 * ```ts
 * parseWordList('# stop\n的\n了\n', 'stop.txt'); // Set { '的', '了' }
 * ```
 */
export function parseWordList(content: string, file: string): Set<string> {
  const out = new Set<string>();
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i]!.trim();
    if (w === '' || w.startsWith('#')) continue;
    if (/\s/.test(w)) throw bad(file, i + 1, `expected one word per line, got ${JSON.stringify(w)}`);
    out.add(w);
  }
  return out;
}

/**
 * A domain dictionary: terms and formulations with categories, and a leftmost-longest
 * matcher over their surface forms. The same object feeds the segmenter (terms are never
 * split) and term counting (so the two never disagree).
 */
export class Dictionary {
  readonly entries: readonly DictionaryEntry[];
  /** surface form (term, alias or variant) → entry */
  readonly surfaces: ReadonlyMap<string, DictionaryEntry>;
  /** Trie over the surface forms, scanned once per position by {@link Dictionary.match}. */
  private readonly trie: SurfaceTrie;
  private memo: { text: string; from: number; to: number; result: DictionaryMatch[] } | undefined;

  /**
   * @example
   * ```ts
   * const d = new Dictionary([{ term: '政治生态', category: '党的建设' }]);
   * d.match('净化政治生态').length; // 1
   * ```
   */
  constructor(entries: ReadonlyArray<DictionaryEntry | EntryInput>) {
    const list: DictionaryEntry[] = [];
    const surfaces = new Map<string, DictionaryEntry>();
    for (const e of entries) {
      const entry = toEntry(e);
      for (const s of [entry.term, ...entry.aliases]) {
        const prev = surfaces.get(s);
        if (prev && prev !== entry) {
          throw new TifaError(
            'EDICT',
            `tifa: ${where(entry.origin)}: ${JSON.stringify(s)} is already defined at ${where(prev.origin)} (as ${prev.term})`,
            entry.origin.file,
          );
        }
        surfaces.set(s, entry);
      }
      list.push(entry);
    }
    this.entries = list;
    this.surfaces = surfaces;
    this.trie = buildTrie([...surfaces.keys()]);
  }

  /** Categories in the order they first appear. */
  get categories(): string[] {
    return [...new Set(this.entries.map((e) => e.category))];
  }

  /** Looks up the entry of a surface form. */
  get(surface: string): DictionaryEntry | undefined {
    return this.surfaces.get(surface);
  }

  /**
   * All leftmost-longest, non-overlapping matches in `text[from, to)`.
   *
   * @example
   * ```ts
   * dict.match('压实全面从严治党主体责任').map((m) => m.entry.term); // ['全面从严治党', '主体责任']
   * ```
   */
  match(text: string, from = 0, to = text.length): DictionaryMatch[] {
    const memo = this.memo;
    if (memo && memo.text === text && memo.from === from && memo.to === to) return memo.result;
    const out: DictionaryMatch[] = [];
    const { first, children, surface } = this.trie;
    let i = from;
    while (i < to) {
      // Walk the trie from i; the deepest node that ends a surface form is the longest match.
      let node = first[text.charCodeAt(i)]!;
      let hit = -1;
      let hitEnd = i;
      for (let j = i + 1; node !== 0; j++) {
        if (surface[node]! >= 0) {
          hit = surface[node]!;
          hitEnd = j;
        }
        if (j >= to) break;
        node = children[node]?.get(text.charCodeAt(j)) ?? 0;
      }
      if (hit >= 0) {
        const s = this.trie.surfaces[hit]!;
        out.push({ start: i, end: hitEnd, surface: s, entry: this.surfaces.get(s)! });
        i = hitEnd;
      } else i++;
    }
    // Segmentation, terms and claims all match the same document text: remember the last one.
    this.memo = { text, from, to, result: out };
    return out;
  }

  /** A new dictionary with more entries (later entries may not redefine a surface form). */
  extend(entries: ReadonlyArray<DictionaryEntry | EntryInput>): Dictionary {
    return new Dictionary([...this.entries, ...entries]);
  }
}

/**
 * A trie of surface forms over UTF-16 code units. Node 0 is "none"; `first` maps a code unit to
 * the node after it (a flat table: most positions of a report start no term and cost one read).
 */
interface SurfaceTrie {
  first: Int32Array;
  /** Children of each node by code unit (undefined for leaves). */
  children: Array<Map<number, number> | undefined>;
  /** Index into `surfaces` of the form ending at each node, or -1. */
  surface: Int32Array;
  surfaces: string[];
}

const CODE_UNITS = 65536;

function buildTrie(surfaces: string[]): SurfaceTrie {
  const first = new Int32Array(CODE_UNITS);
  const children: Array<Map<number, number> | undefined> = [undefined];
  const ends: number[] = [-1];
  const newNode = () => {
    children.push(undefined);
    ends.push(-1);
    return children.length - 1;
  };
  surfaces.forEach((s, index) => {
    const c0 = s.charCodeAt(0);
    let node = first[c0]! || (first[c0] = newNode());
    for (let k = 1; k < s.length; k++) {
      const c = s.charCodeAt(k);
      const next = (children[node] ??= new Map<number, number>());
      let child = next.get(c);
      if (child === undefined) next.set(c, (child = newNode()));
      node = child;
    }
    ends[node] = index;
  });
  return { first, children, surface: Int32Array.from(ends), surfaces };
}

function where(o: EntryOrigin): string {
  return o.file === '<memory>' ? '<memory>' : `${o.file}:${o.line}`;
}

function toEntry(e: DictionaryEntry | EntryInput): DictionaryEntry {
  if ('origin' in e && e.origin) return e as DictionaryEntry;
  if (!e || typeof e.term !== 'string' || !SURFACE_RE.test(e.term))
    throw typeError(`bad dictionary entry term ${JSON.stringify(e?.term)}`);
  if (typeof e.category !== 'string' || !CATEGORY_RE.test(e.category))
    throw typeError(`bad category ${JSON.stringify(e.category)} for ${e.term}`);
  return {
    term: e.term,
    category: e.category,
    kind: e.kind ?? 'term',
    aliases: [...(e.aliases ?? [])],
    members: [...(e.members ?? [])],
    since: e.since ?? null,
    origin: { file: '<memory>', line: 0 },
  };
}

/** Options for {@link loadDictionary}. */
export interface LoadDictionaryOptions {
  /** Include the bundled terms and formulations (default true). */
  builtin?: boolean;
  /** Extra dictionary files (terms format; a file whose name contains `formulation` uses the formulations format). */
  files?: string[];
  /** Extra entries in memory. */
  entries?: EntryInput[];
}

let builtinCache: DictionaryEntry[] | undefined;

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw new TifaError(
      code,
      `tifa: ${path}: cannot read the dictionary file (${code === 'ENOENT' ? 'no such file' : (e as Error).message})`,
      path,
      { cause: e },
    );
  }
}

/** The bundled entries (read once per process). */
export function builtinEntries(): DictionaryEntry[] {
  if (!builtinCache) {
    const t = DICTIONARY_DIR + BUILTIN_FILES.terms;
    const f = DICTIONARY_DIR + BUILTIN_FILES.formulations;
    builtinCache = [
      ...parseTermsFile(readText(t), `dictionaries/${BUILTIN_FILES.terms}`),
      ...parseFormulationsFile(readText(f), `dictionaries/${BUILTIN_FILES.formulations}`),
    ];
  }
  return builtinCache;
}

let defaultDictionary: Dictionary | undefined;

/**
 * Loads the domain dictionary: the bundled terms and formulations plus the user's files
 * and in-memory entries. A malformed line raises an error naming file and line.
 *
 * @example
 * ```ts
 * const dict = loadDictionary({ files: ['my-terms.tsv'], entries: [{ term: '两心一城', category: '经济与发展' }] });
 * ```
 */
export function loadDictionary(options: LoadDictionaryOptions = {}): Dictionary {
  const plain = (options.builtin ?? true) && !options.files?.length && !options.entries?.length;
  if (plain && defaultDictionary) return defaultDictionary;
  const entries: Array<DictionaryEntry | EntryInput> = (options.builtin ?? true) ? [...builtinEntries()] : [];
  for (const file of options.files ?? []) {
    const text = readText(file);
    entries.push(...(/formulation/i.test(file) ? parseFormulationsFile(text, file) : parseTermsFile(text, file)));
  }
  entries.push(...(options.entries ?? []));
  const d = new Dictionary(entries);
  if (plain) defaultDictionary = d;
  return d;
}

const wordLists = new Map<string, Set<string>>();

/**
 * Loads a bundled word list: `stopwords` (function words) or `boilerplate` (report boilerplate
 * such as 进一步, 切实, 扎实).
 *
 * @example
 * ```ts
 * loadWordList('boilerplate').has('切实'); // true
 * ```
 */
export function loadWordList(name: 'stopwords' | 'boilerplate'): Set<string> {
  let s = wordLists.get(name);
  if (!s) {
    s = parseWordList(readText(DICTIONARY_DIR + BUILTIN_FILES[name]), `dictionaries/${BUILTIN_FILES[name]}`);
    wordLists.set(name, s);
  }
  return s;
}
