/**
 * Serializes a result as JSON: two-space indentation, keys in the order the result was built
 * (deterministic: the same input gives byte-identical output), a trailing newline.
 *
 * @example
 * ```ts
 * process.stdout.write(renderJson(result));
 * ```
 */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * One compact JSON line (JSON Lines).
 *
 * @example
 * ```ts
 * renderJsonLine({ a: 1 }); // '{"a":1}\n'
 * ```
 */
export function renderJsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
