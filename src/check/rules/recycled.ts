import type { RawDiagnostic, Rule } from '../types.js';
import { bodyParagraphs } from '../text.js';

/** Paragraphs shorter than this (headings, formulas) are not compared. */
const MIN_PARAGRAPH = 50;
/** Character bigram Dice similarity at or above which a paragraph counts as recycled. */
const SIMILAR = 0.8;

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...text.replace(/[\s，。、；：“”‘’（）《》！？,.;:]/g, '')];
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function dice(a: Map<string, number>, b: Map<string, number>, sizeA: number, sizeB: number): number {
  let shared = 0;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return (2 * shared) / (sizeA + sizeB || 1);
}

interface Fingerprint {
  source: string;
  grams: Map<string, number>;
  size: number;
}

function fingerprint(source: string, text: string): Fingerprint {
  const grams = bigrams(text);
  let size = 0;
  for (const n of grams.values()) size += n;
  return { source, grams, size };
}

/** Paragraphs copied from earlier years' reports (`--against DIR`). */
export const recycledParagraph: Rule = {
  id: 'recycled-paragraph',
  description: 'with --against DIR: a paragraph nearly identical to one of an earlier report',
  run: ({ doc, against }) => {
    if (against.length === 0) return [];
    const earlier = against.flatMap((a) =>
      a.text
        .split(/\n+/)
        .filter((p) => p.trim().length >= MIN_PARAGRAPH)
        .map((p) => fingerprint(a.source, p)),
    );
    const out: RawDiagnostic[] = [];
    for (const p of bodyParagraphs(doc)) {
      if (p.text.trim().length < MIN_PARAGRAPH) continue;
      const mine = fingerprint('', p.text);
      let best: { source: string; similarity: number } | null = null;
      for (const e of earlier) {
        if (Math.min(e.size, mine.size) / Math.max(e.size, mine.size) < SIMILAR) continue;
        const similarity = dice(mine.grams, e.grams, mine.size, e.size);
        if (similarity >= SIMILAR && (!best || similarity > best.similarity)) best = { source: e.source, similarity };
      }
      if (best)
        out.push({
          severity: 'info',
          start: p.start,
          end: p.end,
          key: 'recycled-paragraph',
          params: { source: best.source, similarity: best.similarity.toFixed(2) },
          values: { source: best.source, similarity: Number(best.similarity.toFixed(3)) },
        });
    }
    return out;
  },
};
