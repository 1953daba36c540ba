import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { parseRulesOption } from '../../src/check/config.js';

const dir = mkdtempSync(join(tmpdir(), 'tifa-check-'));
const bad = join(dir, 'bad.txt');
const clean = join(dir, 'clean.txt');
writeFileSync(bad, '2023年工作报告\n\n我们的的工作，，取得实效。会议于2月30日召开。\n');
writeFileSync(clean, '2023年工作报告\n\n我们的工作取得实效。会议于2月28日召开。\n');

async function run(args: string[], cwd = dir): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCheck(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) }, cwd);
  return { code, out, err };
}

describe('tifa check', () => {
  it('prints stylish text with line:col, rule and a caret, and exits 1 on an error', async () => {
    const r = await run([bad]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${bad}\n  3:3  error  doubled-word  “的的”重复出现，应只写一次。 → 的\n`);
    expect(r.out).toContain('      我们的的工作');
    expect(r.out).toContain('\n          ^^^^\n');
    expect(r.out).toMatch(/✖ 3 problems \(3 errors, 0 warnings, 0 info\)\n$/);
  });

  it('exits 0 and prints nothing on a clean file', async () => {
    expect(await run([clean])).toEqual({ code: 0, out: '', err: '' });
  });

  it('prints JSON with offsets into the file, in English when asked', async () => {
    const r = await run([bad, '--format', 'json', '--lang', 'en']);
    const result = JSON.parse(r.out) as {
      diagnostics: Array<{ rule: string; start: number; end: number; message: string }>;
    };
    const text = readFileSync(bad, 'utf8');
    expect(result.diagnostics.map((d) => text.slice(d.start, d.end))).toEqual(['的的', '，，', '2月30日']);
    expect(result.diagnostics[2]!.message).toMatch(/does not exist/);
  });

  it('turns rules off and changes severities from --rules and the config file', async () => {
    expect((await run([bad, '--rules=-doubled-word,-doubled-punctuation,impossible-date:warning'])).code).toBe(0);
    const cfgDir = mkdtempSync(join(tmpdir(), 'tifa-check-cfg-'));
    writeFileSync(
      join(cfgDir, 'tifa.config.json'),
      JSON.stringify({ check: { lang: 'en', rules: { 'doubled-word': 'off' } } }),
    );
    const r = await run([bad, '--format', 'json'], cfgDir);
    const rules = (JSON.parse(r.out) as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule);
    expect(rules).toEqual(['doubled-punctuation', 'impossible-date']);
    writeFileSync(join(cfgDir, 'tifa.config.json'), '{"check": {"rules": {"nope": "off"}}}');
    const broken = await run([bad], cfgDir);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/tifa\.config\.json: unknown rule "nope"/);
  });

  it('reports an unreadable file and still checks the others', async () => {
    const r = await run([join(dir, 'missing.txt'), clean]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^tifa: .*missing\.txt: /);
  });

  it('refuses misuse with exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([bad, '--format', 'xml'])).code).toBe(2);
    expect((await run([bad, '--rules', 'nope'])).err).toMatch(/unknown rule "nope"/);
  });

  it('flags paragraphs recycled from earlier reports with --against', async () => {
    const earlier = mkdtempSync(join(tmpdir(), 'tifa-check-earlier-'));
    const paragraph =
      '坚持以人民为中心的发展思想，着力保障和改善民生，扎实推进就业、教育、医疗、养老等各项社会事业发展，人民群众获得感幸福感安全感不断增强。';
    writeFileSync(join(earlier, '2022.txt'), `2022年工作报告\n\n${paragraph}\n`);
    const now = join(dir, 'now.txt');
    writeFileSync(now, `2023年工作报告\n\n${paragraph}\n`);
    const r = await run([now, '--against', earlier, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('recycled-paragraph');
    expect(r.out).toContain('2022.txt');
  });
});

describe('parseRulesOption', () => {
  it('reads only-lists, -off and severities', () => {
    expect(parseRulesOption('-number-form,doubled-word:warning')).toEqual({
      'number-form': 'off',
      'doubled-word': 'warning',
    });
    const only = parseRulesOption('doubled-word');
    expect(only['doubled-word']).toBeUndefined();
    expect(only['number-form']).toBe('off');
  });
});
