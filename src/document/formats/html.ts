import { TifaError } from '../../util/errors.js';
import { blockLines, type DomNode } from './blocks.js';
import { libraries } from './lazy.js';

/** Largest HTML page read (after scripts and styles are cut out). */
export const MAX_HTML_CHARS = 8 * 1024 * 1024;
/** Readability gives up on pages with more elements than this (and tifa falls back to the body). */
const MAX_ELEMS_TO_PARSE = 200_000;
/** A Readability article shorter than this share of the page's text is taken as a miss. */
const MIN_ARTICLE_SHARE = 0.2;
const SCRIPT_OR_STYLE = /<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * The text of a web page's article: Readability (with linkedom as the DOM) picks the
 * article and drops navigation, related links and footers; scripts and styles are cut out
 * before parsing, so megabytes of script cost one linear pass. One line per paragraph,
 * heading, list item and table cell; the page title comes first when the article lacks it.
 *
 * @example
 * ```ts
 * htmlText('<html><head><title>政府工作报告</title></head><body><nav>首页</nav><article><p>一、总体情况</p></article></body></html>', 'a.html');
 * ```
 */
export function htmlText(html: string, source: string): string {
  const stripped = html.replace(SCRIPT_OR_STYLE, '').replace(COMMENT, '');
  if (stripped.length > MAX_HTML_CHARS) {
    throw new TifaError(
      'ETOOBIG',
      `tifa: ${source}: the page holds ${(stripped.length / 1048576).toFixed(1)} MB of markup besides scripts; save the article alone (or as text)`,
      source,
    );
  }
  const { parseHTML, Readability } = libraries.html();
  const { document } = parseHTML(stripped);
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null;
  const pageLines = body ? blockLines(body) : [];
  const pageChars = pageLines.join('').length;
  let lines = pageLines;
  let title = (document.title ?? '').trim();
  try {
    const article = new Readability(document as never, {
      maxElemsToParse: MAX_ELEMS_TO_PARSE,
      charThreshold: 50,
    }).parse();
    if (article?.content) {
      const { document: fragment } = parseHTML(`<html><body>${article.content}</body></html>`);
      const articleLines = blockLines(fragment.body as unknown as DomNode);
      if (articleLines.join('').length >= pageChars * MIN_ARTICLE_SHARE) lines = articleLines;
      if (article.title) title = article.title.trim();
    }
  } catch {
    // Readability refused the page (too many elements): keep the whole body.
  }
  if (title && !lines.slice(0, 3).some((l) => l.includes(title) || title.includes(l))) lines = [title, ...lines];
  return lines.join('\n');
}
