import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TifaError } from '../util/errors.js';
import { RULES, type RuleSetting } from './check.js';
import type { CheckLang } from './types.js';

/** The file `tifa check` reads its settings from, in the working directory. */
export const CONFIG_FILE = 'tifa.config.json';

/**
 * Settings of `tifa check` from a config file: `{"check": {"lang": "en", "rules": {"number-form": "off"}}}`.
 *
 * @example
 * ```ts
 * readCheckConfig('tifa.config.json'); // { lang: 'en', rules: { 'number-form': 'off' } }
 * ```
 */
export interface CheckConfig {
  lang?: CheckLang;
  rules?: Record<string, RuleSetting>;
}

const SETTINGS: readonly string[] = ['off', 'on', 'error', 'warning', 'info'];

function validRules(rules: unknown, where: string): Record<string, RuleSetting> {
  if (rules === undefined) return {};
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules))
    throw new TifaError('ECONFIG', `${where}: "rules" must be an object of rule → off|on|error|warning|info`, where);
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) {
    if (!RULES.some((r) => r.id === id))
      throw new TifaError('ECONFIG', `${where}: unknown rule ${JSON.stringify(id)}`, where);
    if (typeof setting !== 'string' || !SETTINGS.includes(setting))
      throw new TifaError('ECONFIG', `${where}: bad setting ${JSON.stringify(setting)} for ${id}`, where);
    out[id] = setting as RuleSetting;
  }
  return out;
}

/**
 * Reads the `check` part of a config file; an explicit path must exist, the default may be absent.
 *
 * @example
 * ```ts
 * readCheckConfig(undefined, process.cwd()); // {} when there is no tifa.config.json
 * ```
 */
export function readCheckConfig(path: string | undefined, cwd: string): CheckConfig {
  const file = path ?? join(cwd, CONFIG_FILE);
  if (!path && !existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new TifaError('ECONFIG', `${file}: ${(e as Error).message}`, file);
  }
  const section = (parsed as { check?: unknown } | null)?.check ?? {};
  if (typeof section !== 'object' || section === null)
    throw new TifaError('ECONFIG', `${file}: "check" must be an object`, file);
  const { lang, rules } = section as { lang?: unknown; rules?: unknown };
  if (lang !== undefined && lang !== 'zh' && lang !== 'en')
    throw new TifaError('ECONFIG', `${file}: "lang" must be "zh" or "en"`, file);
  return { ...(lang ? { lang } : {}), rules: validRules(rules, file) };
}

/**
 * Parses `--rules`: `a,b` runs only those rules, `-a` turns a rule off, `a:warning` sets its severity.
 *
 * @example
 * ```ts
 * parseRulesOption('-number-form,doubled-word:warning'); // { 'number-form': 'off', 'doubled-word': 'warning' }
 * ```
 */
export function parseRulesOption(value: string): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  const only: string[] = [];
  for (const raw of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const off = raw.startsWith('-');
    const [id = '', setting] = (off ? raw.slice(1) : raw).split(':');
    if (!RULES.some((r) => r.id === id)) throw new TypeError(`tifa: --rules: unknown rule ${JSON.stringify(id)}`);
    if (setting !== undefined && !SETTINGS.includes(setting))
      throw new TypeError(`tifa: --rules: bad setting ${JSON.stringify(setting)} for ${id}`);
    if (off) out[id] = 'off';
    else if (setting) out[id] = setting as RuleSetting;
    else only.push(id);
  }
  if (only.length > 0) for (const r of RULES) if (!only.includes(r.id) && !(r.id in out)) out[r.id] = 'off';
  return out;
}
