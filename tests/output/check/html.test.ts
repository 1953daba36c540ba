import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { check } from '../../../src/check/check.js';
import { createDocument } from '../../../src/document/index.js';
import { renderCheckHtml } from '../../../src/output/check/html.js';
import { CHROMIUM_FLAGS } from '../../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const TEXT =
  '2023年工作报告\n\n一、总体情况\n\n我们的的工作，，取得实效<script>alert(1)</script>。会议于2月30日召开。\n\n三、下步打算\n\n学习《条例。\n';

function page(): { html: string; count: number } {
  const doc = createDocument(TEXT, { source: 'draft <1>.txt' });
  const result = check(doc);
  return { html: renderCheckHtml([{ result, text: doc.text }]), count: result.diagnostics.length };
}

describe('renderCheckHtml (static)', () => {
  it('is self-contained, escapes the report text and keeps every character of it', () => {
    const { html } = page();
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|https?:\/\//i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('draft &lt;1&gt;.txt');
  });
});

describe('renderCheckHtml in headless Chromium', () => {
  let browser: Browser | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: this test needs Debian's chromium`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_FLAGS],
    });
    dir = mkdtempSync(join(tmpdir(), 'tifa-check-html-'));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('groups diagnostics by rule, links each to its highlighted place, and loads nothing', async () => {
    const { html, count } = page();
    const file = join(dir!, 'check.html');
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const p = await browser!.newPage({ viewport: { width: 1000, height: 600 } });
    const requests: string[] = [];
    const errors: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(url);
    expect(await p.locator('section.file li').count()).toBe(count);
    const rules = await p.locator('section.file h3').allTextContents();
    expect(rules).toEqual([...rules].sort());
    expect(rules.join(' ')).toMatch(/doubled-word \(1\)/);
    const pre = await p.locator('pre.text').textContent();
    expect(pre).toBe(TEXT);
    const marked = await p.locator('pre.text mark').allTextContents();
    expect(marked).toEqual(expect.arrayContaining(['的的', '，，', '2月30日', '《']));
    // follow the link of the impossible date: the page scrolls to its mark
    const link = p.locator('li', { hasText: '2月30日' }).locator('a');
    const target = (await link.getAttribute('href'))!;
    await link.click();
    expect(new URL(p.url()).hash).toBe(target);
    const next = p.locator(`${target} + mark`);
    expect(await next.textContent()).toBe('2月30日');
    expect(await next.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await next.isVisible()).toBe(true);
    expect(requests.filter((r) => r !== url && !r.startsWith(`${url}#`))).toEqual([]);
    expect(errors).toEqual([]);
    await p.close();
  }, 60_000);
});
