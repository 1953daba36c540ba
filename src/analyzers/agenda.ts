import type { TifaDocument } from '../document/types.js';
import type { AnalyzeContext } from './context.js';
import { analyzed, occurrenceAt, type Occurrence } from './evidence.js';

/** An item of a report's self-criticism (problems) or of its plans. */
export interface AgendaItem extends Occurrence {
  /** The item without its number and final punctuation (理论学习深度有待拓展). */
  text: string;
  /** How it was found: a heading of a problems/plans section, or a sentence after a cue. */
  from: 'heading' | 'sentence';
}

const CUE =
  /清醒看到|也要看到|清醒认识到|存在的(?:主要)?问题|问题和挑战|困难和挑战|不足和问题|差距和不足|问题和不足|困难和问题/;
const NUMBERING =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}是)\s*/;

/**
 * The problems a report lists about itself and the plans it announces, so that comparisons can
 * line up recurring problems and plans that come back as problems. Problems are the headings
 * under a `problems` section (三、存在的主要问题 → (一)理论学习深度有待拓展); reports without one
 * (government work reports) give the sentences after a cue such as 我们也清醒看到…问题和挑战.
 * Plans are the headings under `plans` sections.
 *
 * @example
 * ```ts
 * agenda(doc, ctx).problems.map((p) => p.text); // ['理论学习深度有待拓展', …]
 * ```
 */
export function agenda(doc: TifaDocument, _ctx: AnalyzeContext): { problems: AgendaItem[]; plans: AgendaItem[] } {
  return { problems: itemsOf(doc, 'problems'), plans: itemsOf(doc, 'plans') };
}

function clean(s: string): string {
  return s
    .replace(NUMBERING, '')
    .replace(/[。；;！!？?\s]+$/, '')
    .trim();
}

function itemsOf(doc: TifaDocument, role: 'problems' | 'plans'): AgendaItem[] {
  const out: AgendaItem[] = [];
  const children = new Map<number, number[]>();
  doc.sections.forEach((c, i) => {
    if (c.parent < 0) return;
    let arr = children.get(c.parent);
    if (!arr) children.set(c.parent, (arr = []));
    arr.push(i);
  });
  const tops = doc.sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.role === role && (s.parent < 0 || doc.sections[s.parent]!.role !== role));
  for (const { s: top, i: ti } of tops) {
    const kids = children.get(ti) ?? [];
    if (kids.length > 0) {
      for (const k of kids) {
        const c = doc.sections[k]!;
        out.push(item(doc, c.nStart, c.nStart + headingLength(doc, c), 'heading'));
      }
    } else if (role === 'problems') {
      const from = top.nStart + headingLength(doc, top);
      // sentences are in text order: start at the first one inside this section
      let lo = 0;
      let hi = doc.sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (doc.sentences[mid]!.nStart < from) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < doc.sentences.length && doc.sentences[j]!.nEnd <= top.nEnd; j++) {
        const sent = doc.sentences[j]!;
        out.push(item(doc, sent.nStart, sent.nEnd, 'sentence'));
      }
    }
  }
  if (role === 'problems' && out.length === 0) {
    // No problems section: sentences after a cue paragraph.
    let k = 0; // sentences and paragraphs are both in text order
    for (let p = 0; p < doc.paragraphs.length; p++) {
      const para = doc.paragraphs[p]!;
      while (k < doc.sentences.length && doc.sentences[k]!.nStart < para.nStart) k++;
      const sents: TifaDocument['sentences'] = [];
      for (let j = k; j < doc.sentences.length && doc.sentences[j]!.nEnd <= para.nEnd; j++)
        sents.push(doc.sentences[j]!);
      const first = sents[0];
      if (!first || !analyzed(doc, first.nStart) || !CUE.test(doc.normalized.slice(first.nStart, first.nEnd))) continue;
      for (const s of sents.slice(1)) {
        // the closing resolution (我们既要正视困难问题…) is not a problem
        if (/^我们/.test(doc.normalized.slice(s.nStart, s.nEnd))) break;
        out.push(item(doc, s.nStart, s.nEnd, 'sentence'));
      }
      break;
    }
  }
  return out.filter((x) => x.text.length >= 4);
}

function headingLength(doc: TifaDocument, s: TifaDocument['sections'][number]): number {
  // heading text in normalized offsets: map back from the original heading end
  let n = s.nStart;
  while (n < s.nEnd && doc.offsetMap[n]! < s.headingEnd) n++;
  return n - s.nStart;
}

function item(doc: TifaDocument, a: number, b: number, from: AgendaItem['from']): AgendaItem {
  const occ = occurrenceAt(doc, a, b);
  return { ...occ, text: clean(doc.normalized.slice(a, b)), from };
}
