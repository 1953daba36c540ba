/**
 * Turns an HTML fragment (a web page's article, or a Word file converted by mammoth) into
 * lines: one line per paragraph, heading, list item and table cell; inline markup is dropped.
 */

/** The DOM subset the walker needs (linkedom's nodes satisfy it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Elements whose content starts a new line. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
]);
/** Elements whose content is never text of the report. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'BUTTON',
  'SELECT',
]);

/**
 * The lines of a DOM subtree: block elements (p, h1–h6, li, td, div, br …) end a line,
 * runs of white space inside a line become one space (a source line wrap between Chinese
 * characters none), and
 * empty lines are dropped.
 *
 * @example
 * ```ts
 * const { document } = parseHTML('<p>一、总体情况</p><table><tr><td>党员</td><td>36名</td></tr></table>');
 * blockLines(document.body); // ['一、总体情况', '党员', '36名']
 * ```
 */
export function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = tidyLine(current);
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (block) flush();
  };
  visit(root);
  flush();
  return lines;
}

/** A line break of the HTML source between two Chinese characters (browsers show nothing there). */
const HAN_WRAP =
  /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t]*[\r\n]\s*(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;

/** One line of text: source line wraps between Chinese characters removed, other white space collapsed. */
function tidyLine(s: string): string {
  return s
    .replace(HAN_WRAP, '$1')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
