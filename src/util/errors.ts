/**
 * Errors raised by tifa. Every message starts with `tifa:` and names the offending value.
 *
 * @example
 * ```ts
 * try { await loadDocument('missing.txt'); } catch (e) { if (e instanceof TifaError) console.error(e.message); }
 * ```
 */
export class TifaError extends Error {
  /** A short machine-readable code, e.g. `ENOENT`, `EDECODE`, `EBINARY`, `EEMPTY`, `EDICT`. */
  readonly code: string;
  /** The file (or `<string>`, `<stdin>`) the error is about, when there is one. */
  readonly source: string | undefined;

  constructor(code: string, message: string, source?: string, options?: { cause?: unknown }) {
    super(message.startsWith('tifa:') ? message : `tifa: ${message}`, options);
    this.name = 'TifaError';
    this.code = code;
    this.source = source;
  }
}

/**
 * Builds a `TypeError` with the `tifa:` prefix, for wrong arguments given to the API.
 *
 * @example
 * ```ts
 * throw typeError(`expected a string, got ${typeof x}`);
 * ```
 */
export function typeError(message: string): TypeError {
  return new TypeError(`tifa: ${message}`);
}
