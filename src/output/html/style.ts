/**
 * Font stack covering Chinese on macOS, Linux and Windows.
 *
 * @example
 * ```ts
 * `body{font-family:${FONT_STACK}}`;
 * ```
 */
export const FONT_STACK =
  '"PingFang SC","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif';

/**
 * The page's stylesheet: light, readable, system fonts that cover Chinese.
 *
 * @example
 * ```ts
 * `<style>${PAGE_CSS}</style>`;
 * ```
 */
export const PAGE_CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d8dee4;--bg:#fff;--soft:#f6f8fa;--accent:#b4232a;--accent-soft:#fdf1f1;--blue:#2f5f98}
*{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;background:var(--bg);color:var(--fg);font-family:${FONT_STACK};font-size:15px;line-height:1.65}
main{max-width:1120px;margin:0 auto;padding:24px 20px 64px}
header.page{border-bottom:3px solid var(--accent);padding-bottom:12px;margin-bottom:8px}
h1{font-size:26px;margin:0 0 6px;font-weight:700}
h2{font-size:20px;margin:40px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:22px 0 6px}
.en{color:var(--muted);font-weight:400;font-size:.82em}
.meta{color:var(--muted);margin:2px 0}
.meta b{color:var(--fg)}
.note{color:var(--muted);font-size:13px;margin:4px 0 8px}
.warn{background:#fff8e6;border:1px solid #f0d48a;border-radius:6px;padding:8px 12px;margin:10px 0}
nav.toc{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:14px;margin:10px 0 0}
nav.toc a{color:var(--blue);text-decoration:none}
nav.toc a:hover{text-decoration:underline}
details{margin:8px 0}
summary{cursor:pointer;color:var(--blue)}
.chart{width:100%;height:380px;margin:6px 0 4px}
.nodata{display:flex;align-items:center;justify-content:center;min-height:80px;background:var(--soft);border:1px dashed var(--line);border-radius:6px;color:var(--muted);margin:6px 0}
.picker{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:6px 0;max-height:150px;overflow:auto;font-size:13px}
.picker legend{font-size:13px;color:var(--muted);padding:0 4px}
.picker label{display:inline-block;margin:2px 12px 2px 0;white-space:nowrap;cursor:pointer}
.picker .n{color:var(--muted)}
.picker-actions{display:flex;gap:8px;margin:4px 0}
button.small{font:inherit;font-size:12px;padding:2px 10px;border:1px solid var(--line);border-radius:4px;background:var(--soft);cursor:pointer}
.two{display:grid;grid-template-columns:1fr 1fr;gap:20px}
@media (max-width:800px){.two{grid-template-columns:1fr}}
table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.yr{white-space:nowrap;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}
.tag{display:inline-block;font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 4px;margin-left:4px}
.words span{display:inline-block;margin:0 10px 0 0}
.up{color:#1a7f37}
.down{color:var(--accent)}
button.ev{font:inherit;font-size:13px;text-align:left;display:inline-block;margin:2px 6px 2px 0;padding:2px 8px;border:1px solid var(--line);border-radius:12px;background:#fff;color:var(--fg);cursor:pointer;max-width:100%}
button.ev:hover,button.ev:focus{border-color:var(--accent);background:var(--accent-soft)}
button.ev b{font-variant-numeric:tabular-nums;margin-right:4px}
button.ev .score{color:var(--muted);font-size:11px;margin-left:4px}
.filter{font:inherit;font-size:14px;padding:4px 8px;border:1px solid var(--line);border-radius:4px;width:260px;max-width:100%}
.evidence{border-left:4px solid var(--accent);background:var(--accent-soft);padding:8px 12px;margin:8px 0;border-radius:0 6px 6px 0;position:relative}
.evidence .ev-head{font-size:13px;color:var(--muted);margin-right:24px}
.evidence .ev-text{margin:4px 0 0;font-size:15px}
.evidence mark{background:#ffe08a;padding:0 1px}
.evidence .close{position:absolute;right:6px;top:4px;border:0;background:none;font-size:18px;line-height:1;cursor:pointer;color:var(--muted)}
.table-wrap{max-height:560px;overflow:auto;border:1px solid var(--line);border-radius:6px}
.table-wrap table{margin:0}
.table-wrap th{position:sticky;top:0;z-index:1}
footer{margin-top:48px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);padding-top:8px}
`;
