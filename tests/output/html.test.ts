import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ComparisonResult } from '../../src/compare/compare.js';
import { escapeHtml, jsonForScript, renderComparisonHtml } from '../../src/output/html.js';
import { formatNumber } from '../../src/output/html/escape.js';
import type { HtmlData } from '../../src/output/html/view.js';
import { comparisonFixture, emptyComparison, EVIL, SPECIAL } from './html-fixture.js';
import { CHROMIUM_FLAGS } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';

const ECHARTS = readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'), 'utf8');

/** The page without the inlined ECharts bundle (whose source has its own strings). */
function ownMarkup(html: string): string {
  expect(html.split(ECHARTS)).toHaveLength(2);
  return html.replace(ECHARTS, '/* echarts */');
}

/** The first match of `re` in `s` with some context, or null (keeps failure messages short). */
function firstMatch(s: string, re: RegExp): string | null {
  const m = re.exec(s);
  return m ? s.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60) : null;
}

function expectIn(s: string, part: string): void {
  expect(s.includes(part), `expected the page to contain ${JSON.stringify(part)}`).toBe(true);
}

function expectNotIn(s: string, part: string): void {
  expect(s.includes(part), `expected the page not to contain ${JSON.stringify(part)}`).toBe(false);
}

/** The JSON data block of a rendered page. */
function embedded(html: string): HtmlData {
  const m = /<script type="application\/json" id="tifa-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no data block');
  return JSON.parse(m[1]!) as HtmlData;
}

describe('renderComparisonHtml (static)', () => {
  const html = renderComparisonHtml(comparisonFixture());

  it('is a zh-CN UTF-8 page that needs no network', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html.includes('<meta charset="utf-8">')).toBe(true);
    expect(firstMatch(html, /Content-Security-Policy" content="default-src 'none'/)).not.toBeNull();
    // Checked over the whole file, ECharts included.
    expect(firstMatch(html, /<script[^>]*\ssrc\s*=/i)).toBeNull();
    expect(firstMatch(html, /\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?\/\//i)).toBeNull();
    expect(firstMatch(html, /url\(\s*["']?\s*(?:https?:)?\/\//i)).toBeNull();
    expect(firstMatch(html, /<link\b|@import/i)).toBeNull();
  });

  it('embeds ECharts and the data', () => {
    expect(html.includes(`<script>${ECHARTS}</script>`)).toBe(true);
    const data = embedded(html);
    expect(data.groups).toEqual(['2023', '2024', '2025']);
    expect(data.terms[0]!.name).toBe('高质量发展');
    expect(data.defaultTerms).toBe(8);
    expect(data.keyness.positive).toHaveLength(20);
    expect(data.keyness.negative.map((f) => f.name)).toEqual(['脱贫攻坚', '乡村振兴']);
    expect(data.heat.rows.map((r) => r.name)).toEqual([
      '四个意识',
      '两个维护',
      '两个确立',
      '三个务必',
      `五个${EVIL}${SPECIAL}`,
      '六个坚持',
    ]);
    // Report text survives the round trip through the escaped JSON.
    expect(data.evidence.some((e) => e.sentence.includes(EVIL) && e.sentence.includes(SPECIAL))).toBe(true);
  });

  it('escapes every report text', () => {
    // Only the three script elements of the page exist; no text opened a tag.
    const own = ownMarkup(html);
    expect(own.match(/<script/gi)).toHaveLength(3);
    expect(own.match(/<\/script/gi)).toHaveLength(3);
    expect(firstMatch(own, /<img/i)).toBeNull();
    expectNotIn(html, EVIL);
    expectNotIn(html, '<img src=x');
    expect(firstMatch(html, /<!--/)).toBeNull();
    const escaped = escapeHtml(EVIL);
    expect(escaped).toBe('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expectIn(html, `城镇新增就业${escaped}&amp;&lt;&gt;&quot;&#39;`); // claim subject
    expectIn(html, `五个${escaped}&amp;&lt;&gt;&quot;&#39;`); // formulation name
    expectIn(
      html,
      `title="城镇新增就业${escaped}&amp;&lt;&gt;&quot;&#39; · 2024\n城镇新增就业1200万人以上${escaped}&amp;&lt;&gt;&quot;&#39;。"`,
    ); // sentence on hover
    expectIn(html, `理论学习深度有待拓展${escaped}`); // problem
    expectIn(html, `undated${escaped}.txt`); // skipped report
    expectIn(html, `<title>tifa 跨年比较 2023–2025</title>`);
    expectIn(renderComparisonHtml(comparisonFixture(), { title: `标题${EVIL}` }), `<title>标题${escaped}</title>`);
    expect([formatNumber(12440000), formatNumber(-0.5), formatNumber(1 / 3)]).toEqual(['12,440,000', '-0.5', '0.333']);
    expect(jsonForScript({ s: `${EVIL}&\u2028` })).toBe(
      '{"s":"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e\\u0026\\u2028"}',
    );
  });

  it('is deterministic', () => {
    const again = renderComparisonHtml(structuredClone(comparisonFixture()));
    expect(again === html).toBe(true);
    expect(firstMatch(html, /20\d\d-\d\d-\d\dT\d/)).toBeNull();
  });

  it('shows the sections in order, with the counts a reader needs', () => {
    const order = [
      'id="trends"',
      'id="formulations"',
      'id="keyness"',
      'id="claims"',
      'id="keywords"',
      'id="problems"',
    ].map((s) => html.indexOf(s));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expectIn(html, '报告 reports: <b>3</b>');
    expectIn(html, '未纳入的报告 skipped reports (1)');
    expectIn(html, '<td class="yr">2023 → 2024</td>');
    expectIn(html, '<span class="up">+1</span> <span class="muted">×1.333</span>');
    expectIn(html, '(0.93)'); // match score of a claim
    expectNotIn(html, '一次性问题'); // not recurring
    expectIn(html, '加强理论学习&amp;&lt;&gt;&quot;&#39;'); // plan that became a problem
    expect(html.match(/<div class="chart"/g)).toHaveLength(6);
  });

  it('draws the diffusion of shared formulations: issuers as rows, years as columns, first uses marked', () => {
    const data = embedded(html);
    expect(data.diffusion.issuers).toEqual(['国务院', `省政府${EVIL}`]);
    expect(data.diffusion.years).toEqual([2023, 2024, 2025]);
    expect(data.diffusion.total).toBe(1); // 六个坚持 has one issuer only
    const row = data.diffusion.formulations[0]!;
    expect(row.name).toBe('两个确立');
    // [x, y, count, lag, evidence, first use]
    expect(row.cells.map((c) => [c[0], c[1], c[2], c[3], c[5]])).toEqual([
      [0, 0, 3, 0, 2],
      [2, 0, 1, null, 0],
      [2, 1, 2, 2, 1],
    ]);
    expect(data.evidence[row.cells[0]![4]!]!.sentence).toBe('深刻认识“两个确立”的决定性意义。');
    expectIn(html, `<td><b>2023</b> 国务院</td>`);
    expectIn(html, `省政府${escapeHtml(EVIL)} 2025 <span class="muted">(+2)</span>`);
    expectIn(html, '<li>group 2025 pools 2 reports &lt;/script&gt;');
  });

  it('shows "no data" for empty sections and caps the heatmap', () => {
    const empty = renderComparisonHtml(emptyComparison());
    expectNotIn(empty, '<div class="chart"');
    expect(empty.match(/无数据 \/ no data/g)!.length).toBeGreaterThanOrEqual(10);
    const c = comparisonFixture();
    c.formulations = Array.from({ length: 80 }, (_, i) => ({
      formulation: `提法${String(i).padStart(2, '0')}`,
      category: null,
      known: true,
      years: [2025],
      firstYear: 2025,
      lastYear: 2025,
      countsByYear: { '2025': 1 + (i % 3) },
      countsByGroup: { '2025': 1 + (i % 3) },
      first: null,
    }));
    const capped = renderComparisonHtml(c);
    expect(embedded(capped).heat.rows).toHaveLength(60);
    expectIn(capped, 'showing 60 of 80');
  });

  it('rejects what is not a comparison', () => {
    expect(() => renderComparisonHtml({} as ComparisonResult)).toThrow(
      /^tifa: renderComparisonHtml expects a ComparisonResult/,
    );
    expect(() => renderComparisonHtml(null as unknown as ComparisonResult)).toThrow(TypeError);
  });
});

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
function decodePng(png: Buffer): { width: number; height: number; channels: number; pixels: Buffer } {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let off = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const type = png.toString('ascii', off + 4, off + 8);
    const body = png.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colorType = body[9];
      if (depth !== 8 || body[12] !== 0 || (colorType !== 2 && colorType !== 6))
        throw new Error(`unsupported PNG (depth ${depth}, color type ${colorType})`);
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let p: number;
      if (filter === 0) p = v;
      else if (filter === 1) p = v + a;
      else if (filter === 2) p = v + b;
      else if (filter === 3) p = v + ((a + b) >> 1);
      else {
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        p = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      pixels[y * stride + x] = p & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Distinct colors and the share of pixels that are not (near) white. */
function inkOf(png: Buffer): { colors: number; ink: number } {
  const { width, height, channels, pixels } = decodePng(png);
  const colors = new Set<number>();
  let ink = 0;
  for (let i = 0; i < width * height; i++) {
    const r = pixels[i * channels]!;
    const g = pixels[i * channels + 1]!;
    const b = pixels[i * channels + 2]!;
    colors.add((r << 16) | (g << 8) | b);
    if (765 - r - g - b > 30) ink++;
  }
  return { colors: colors.size, ink: ink / (width * height) };
}

interface Loaded {
  page: Page;
  url: string;
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

describe('renderComparisonHtml in headless Chromium', () => {
  let browser: Browser | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} not found: the HTML report test needs Debian's chromium (apt-get install chromium); .ci/run installs it`,
      );
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_FLAGS, '--disable-quic'],
    });
    dir = mkdtempSync(join(tmpdir(), 'tifa-html-'));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs Debian chromium', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium)`).toBe(
      true,
    );
  });

  async function load(name: string, html: string): Promise<Loaded> {
    const file = join(dir!, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
    const out: Loaded = { page, url, requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    page.on('request', (r) => out.requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') out.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => out.pageErrors.push(e.message));
    page.on('dialog', (d) => {
      out.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    await page.waitForSelector('html[data-tifa-ready="1"]', { timeout: 20_000 });
    return out;
  }

  function expectClean(l: Loaded): void {
    expect(l.pageErrors).toEqual([]);
    expect(l.consoleErrors).toEqual([]);
    expect(l.dialogs).toEqual([]);
    expect(l.requests.filter((u) => u !== l.url)).toEqual([]);
  }

  /** Pixel position of a data point of a chart, relative to the page's viewport. */
  async function pointOf(
    page: Page,
    chart: string,
    value: [number | string, number | string],
  ): Promise<{ x: number; y: number }> {
    return page.evaluate(
      ([id, v]) => {
        const w = globalThis as unknown as {
          tifa: {
            charts: Record<
              string,
              {
                convertToPixel(f: object, v: unknown): number[];
                getDom(): { getBoundingClientRect(): { left: number; top: number } };
              }
            >;
          };
        };
        const ch = w.tifa.charts[id]!;
        const [px, py] = ch.convertToPixel({ seriesIndex: 0 }, v);
        const r = ch.getDom().getBoundingClientRect();
        return { x: r.left + px!, y: r.top + py! };
      },
      [chart, value] as const,
    );
  }

  it('loads offline without errors and draws every chart', async () => {
    const l = await load('report.html', renderComparisonHtml(comparisonFixture()));
    const { page } = l;
    expectClean(l);
    const charts = await page.$$eval('.chart', (els) =>
      els.map((el) => {
        const c = el.querySelector('canvas');
        return { id: el.id, w: c ? c.width : 0, h: c ? c.height : 0, cw: c ? c.getBoundingClientRect().width : 0 };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual([
      'chart-categories',
      'chart-terms',
      'chart-formulations',
      'chart-diffusion',
      'chart-keyness-pos',
      'chart-keyness-neg',
    ]);
    for (const c of charts) {
      expect(c.w, c.id).toBeGreaterThan(100);
      expect(c.h, c.id).toBeGreaterThan(100);
      expect(c.cw, c.id).toBeGreaterThan(100);
    }
    expect(await page.locator('img').count()).toBe(0);
    // A blank element screenshots as one color; a drawn chart has many, and ink.
    await page.evaluate(() => {
      type El = { id: string; style: { cssText: string } };
      const doc = (
        globalThis as unknown as { document: { createElement(t: string): El; body: { prepend(e: El): void } } }
      ).document;
      const d = doc.createElement('div');
      d.id = 'blank-control';
      d.style.cssText = 'width:300px;height:120px;background:#fff';
      doc.body.prepend(d);
    });
    const blank = inkOf(await page.locator('#blank-control').screenshot());
    expect(blank.colors).toBeLessThanOrEqual(2);
    expect(blank.ink).toBe(0);
    for (const c of charts) {
      const { colors, ink } = inkOf(await page.locator(`#${c.id}`).screenshot());
      expect(colors, c.id).toBeGreaterThan(20);
      expect(ink, c.id).toBeGreaterThan(0.01);
    }
    // Report text appears as text, not markup.
    const subject = await page.locator('#claims-table tbody tr').nth(1).locator('td').first().textContent();
    expect(subject).toContain(`城镇新增就业${EVIL}${SPECIAL}`);
    await page.close();
  }, 60_000);

  it('reveals sentences on hover and click, and redraws the chosen terms', async () => {
    const l = await load('interact.html', renderComparisonHtml(comparisonFixture()));
    const { page } = l;
    // Claims: the sentence is the chip's title (hover) and fills the panel on click.
    const chip = page.locator('#claims-table button.ev').filter({ hasText: '1200万人以上' }).first();
    expect(await chip.getAttribute('title')).toContain(`城镇新增就业1200万人以上${EVIL}${SPECIAL}。`);
    const claimsPanel = page.locator('#claims .evidence');
    expect(await claimsPanel.isHidden()).toBe(true);
    await chip.click();
    expect(await claimsPanel.isVisible()).toBe(true);
    expect(await claimsPanel.locator('.ev-text').textContent()).toBe(`城镇新增就业1200万人以上${EVIL}${SPECIAL}。`);
    expect(await claimsPanel.locator('mark').textContent()).toBe('1200万人以上');

    // Heatmap: hovering a cell shows the first sentence in the tooltip (escaped), clicking shows it in the panel.
    const evilRow = 4;
    const cell = await pointOf(page, 'chart-formulations', [1, evilRow]);
    await page.locator('#chart-formulations').scrollIntoViewIfNeeded();
    const cell2 = await pointOf(page, 'chart-formulations', [1, evilRow]);
    expect(cell2.x).toBeCloseTo(cell.x, 0);
    await page.mouse.move(cell2.x, cell2.y);
    const tooltip = page.locator('#chart-formulations div').filter({ hasText: '首次出现 first' }).last();
    await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await tooltip.textContent()).toContain(`坚持“五个必须”${EVIL}${SPECIAL}。`);
    await page.mouse.click(cell2.x, cell2.y);
    const formPanel = page.locator('#formulations .evidence');
    await formPanel.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await formPanel.locator('.ev-text').textContent()).toBe(`坚持“五个必须”${EVIL}${SPECIAL}。`);
    expect(await formPanel.locator('.ev-head').textContent()).toContain('2024');

    // Keyness: clicking a bar shows the example sentence.
    await page.locator('#chart-keyness-pos').scrollIntoViewIfNeeded();
    const bar = await pointOf(page, 'chart-keyness-pos', [4, 1]);
    await page.mouse.click(bar.x, bar.y);
    const keyPanel = page.locator('#keyness .evidence');
    await keyPanel.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await keyPanel.locator('.ev-text').textContent()).toBe(
      `防范化解重点领域风险${EVIL}，守住不发生系统性风险底线${SPECIAL}。`,
    );

    // Problems: click an item.
    await page.locator('#problems button.ev').first().click();
    expect(await page.locator('#problems .evidence .ev-text').textContent()).toBe(
      `一是理论学习深度有待拓展${EVIL}${SPECIAL}。`,
    );

    // Diffusion: hovering a first use shows its lag, clicking it shows the issuer's first sentence.
    await page.locator('#chart-diffusion').scrollIntoViewIfNeeded();
    const late = await pointOf(page, 'chart-diffusion', [2, 1]);
    await page.mouse.move(late.x, late.y);
    const diffTip = page.locator('#chart-diffusion div').filter({ hasText: '首次使用 first use' }).last();
    await diffTip.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await diffTip.textContent()).toContain(`省政府${EVIL} · 2025：2 次`);
    expect(await diffTip.textContent()).toContain('滞后 lag 2 年');
    const early = await pointOf(page, 'chart-diffusion', [0, 0]);
    await page.mouse.click(early.x, early.y);
    const diffPanel = page.locator('#diffusion .evidence');
    await diffPanel.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await diffPanel.locator('.ev-text').textContent()).toBe('深刻认识“两个确立”的决定性意义。');
    expect(await diffPanel.locator('mark').textContent()).toBe('两个确立');

    // Term picker: clear, then pick one term.
    const seriesCount = () =>
      page.evaluate(
        () =>
          (
            globalThis as unknown as { tifa: { charts: Record<string, { getOption(): { series: unknown[] } }> } }
          ).tifa.charts['chart-terms']!.getOption().series.length,
      );
    expect(await seriesCount()).toBe(8);
    await page.locator('button[data-terms="none"]').click();
    expect(await seriesCount()).toBe(0);
    await page.locator('#term-picker label').filter({ hasText: '风险' }).locator('input').check();
    expect(await seriesCount()).toBe(1);
    await page.locator('button[data-terms="top"]').click();
    expect(await seriesCount()).toBe(8);

    // Claims filter.
    await page.locator('input[data-filter="claims-table"]').fill('赤字率');
    expect(await page.locator('#claims-table tbody tr:visible').count()).toBe(1);

    expect(await page.locator('img').count()).toBe(0);
    expectClean(l);
    await page.close();
  }, 60_000);

  it('loads an empty comparison and says there is no data', async () => {
    const l = await load('empty.html', renderComparisonHtml(emptyComparison()));
    expectClean(l);
    expect(await l.page.locator('.chart').count()).toBe(0);
    expect(await l.page.locator('.nodata').first().textContent()).toBe('无数据 / no data');
    await l.page.close();
  }, 60_000);
});
