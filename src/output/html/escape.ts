const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values (`& < > " '`).
 *
 * @example
 * ```ts
 * escapeHtml('<b>"A&B"</b>'); // '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * Serializes a value as JSON that is safe inside an HTML `<script>` element: `<`, `>` and `&`
 * become `\u003c`, `\u003e`, `\u0026` (so report text can never close the script or open a
 * comment), and U+2028/U+2029 are escaped too. `JSON.parse` gives the value back unchanged.
 *
 * @example
 * ```ts
 * jsonForScript({ s: '</script>' }); // '{"s":"\\u003c/script\\u003e"}'
 * ```
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Formats a number for display: at most `digits` decimals (trailing zeros dropped), and
 * thousands separators from 10,000 up. Deterministic and locale-independent.
 *
 * @example
 * ```ts
 * formatNumber(2.5); // '2.5'
 * formatNumber(1 / 3, 2); // '0.33'
 * formatNumber(12440000); // '12,440,000'
 * ```
 */
export function formatNumber(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  const s = Number.isInteger(n) ? String(n) : String(Number(n.toFixed(digits)));
  if (Math.abs(n) < 10000 || /e/i.test(s)) return s;
  const [int, frac] = s.split('.') as [string, string | undefined];
  return int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac === undefined ? '' : `.${frac}`);
}
