/**
 * Escapes a string for a Markdown table cell or list item (pipes, line breaks).
 *
 * @example
 * ```ts
 * mdCell('a|b'); // 'a\\|b'
 * ```
 */
export function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
