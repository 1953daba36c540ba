// Counting work instead of measuring time: while `fn` runs, every regular-expression search
// (positions tried, however it is reached: exec, test, match, replace, split), every callback of
// an array method (filter, find, findIndex, some, map, …), every position scanned by
// indexOf/includes and every charAt/charCodeAt/codePointAt/startsWith call is counted. Code that is linear in its input does work proportional to it;
// code that rescans the text (or the list of sections) for every finding does not, which a
// comparison of n with 4n shows deterministically, on any machine, however loaded.

const CALLBACK_METHODS = [
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
  'map',
  'forEach',
  'reduce',
  'flatMap',
] as const;

// biome-ignore lint/complexity/noBannedTypes: wraps arbitrary functions of the library under test
type AnyFn = Function;

/** Runs `fn` and returns its value with the amount of work it did. Not re-entrant. */
export function countWork<T>(fn: () => T): { value: T; work: number } {
  let work = 0;
  const restore: Array<() => void> = [];
  const patch = (proto: object, name: string, make: (orig: AnyFn) => AnyFn) => {
    const orig = (proto as unknown as Record<string, AnyFn>)[name]!;
    Object.defineProperty(proto, name, { value: make(orig), writable: true, configurable: true, enumerable: false });
    restore.push(() =>
      Object.defineProperty(proto, name, { value: orig, writable: true, configurable: true, enumerable: false }),
    );
  };
  patch(
    RegExp.prototype,
    'exec',
    (orig) =>
      function (this: RegExp, s: unknown) {
        const str = String(s);
        const from = this.global || this.sticky ? this.lastIndex : 0;
        const m = orig.call(this, str) as RegExpExecArray | null;
        // a sticky search tries one position; any other runs from `from` to the match (or the end)
        work += this.sticky ? 1 : (m ? m.index : str.length) - from + 1;
        return m;
      },
  );
  for (const name of CALLBACK_METHODS) {
    patch(
      Array.prototype,
      name,
      (orig) =>
        function (this: unknown[], cb: AnyFn, ...rest: unknown[]) {
          if (typeof cb !== 'function') return orig.call(this, cb, ...rest);
          return orig.call(
            this,
            function (this: unknown, ...args: unknown[]) {
              work++;
              return cb.apply(this, args) as unknown;
            },
            ...rest,
          );
        },
    );
  }
  for (const proto of [Array.prototype, String.prototype]) {
    for (const name of ['indexOf', 'includes']) {
      patch(
        proto,
        name,
        (orig) =>
          function (this: string | unknown[], x: unknown, from?: number) {
            const r = orig.call(this, x, from);
            const start = Math.max(0, from ?? 0);
            const at = name === 'indexOf' && (r as number) >= 0 ? (r as number) : this.length;
            work += Math.max(1, at - start);
            return r;
          },
      );
    }
  }
  // character reads (the numbers module reads the text with charAt/charCodeAt)
  for (const name of ['charAt', 'charCodeAt', 'codePointAt', 'startsWith']) {
    patch(
      String.prototype,
      name,
      (orig) =>
        function (this: string, ...args: unknown[]) {
          work++;
          return orig.apply(this, args) as unknown;
        },
    );
  }
  try {
    return { value: fn(), work };
  } finally {
    for (const r of restore.reverse()) r();
  }
}
