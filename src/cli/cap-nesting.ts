/**
 * Bounds how deep an HTML page nests before linkedom parses it in Node.
 *
 * Why: linkedom's tokenizer (htmlparser2) keeps its open-element stack with `Array.unshift`, so a
 * page of N unclosed `<div>`s costs O(N²): 40,000 of them take 1-2.5 s to parse, before any of our
 * code runs. Browsers bound the same input themselves (Chromium's HTML parser stops nesting at 512
 * elements deep), so Pressmark in a tab never sees such a tree. Here, tags of elements that would sit
 * deeper than MAX_PARSER_DEPTH are dropped, with their matching end tags, keeping their content in the
 * deepest allowed element: the text survives, the parse stays linear. Pages within the limit (every
 * real page we have seen) come back as the very same string.
 */

/** The deepest element nesting kept; Chromium's HTML parser uses the same bound. */
export const MAX_PARSER_DEPTH = 512;

// Elements that never hold children.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound', 'image', 'menuitem']);
// Elements whose content is text up to their own end tag, never markup.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
// Elements the parser closes or creates by itself (and the document's own): left alone and not
// counted, so the scanner never disagrees with the parser about what they close.
const UNCOUNTED = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

interface Open {
  name: string;
  dropped: boolean;
}

/** The page with tags nested deeper than `maxDepth` removed (their text kept); the same string when none are. */
export function capNesting(html: string, maxDepth = MAX_PARSER_DEPTH): string {
  // A page cannot nest deeper than it has tags: most pages are settled by counting '<'.
  if (countOf(html, '<') <= maxDepth) return html;
  const stack: Open[] = [];
  // How many elements of each name are open: an end tag with none open is dismissed at once, so the
  // search below always pops what it walks over (linear overall).
  const openByName = new Map<string, number>();
  let kept = 0; // entries of `stack` that are not dropped
  const out: string[] = [];
  let copiedTo = 0;
  const skip = (from: number, to: number) => {
    out.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    const tagEnd = m.index + m[0].length;
    if (m[1]) {
      // An end tag closes the nearest open element of its name (none: the parser ignores it).
      if (!openByName.get(name)) continue;
      let i = stack.length - 1;
      while (stack[i]!.name !== name) i--;
      const closed = stack[i]!;
      for (let j = stack.length - 1; j >= i; j--) {
        const e = stack[j]!;
        if (!e.dropped) kept--;
        openByName.set(e.name, openByName.get(e.name)! - 1);
      }
      stack.length = i;
      if (closed.dropped) skip(m.index, tagEnd);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // Jump over the text to the element's end tag, so no "<div" inside a script is counted.
      const close = new RegExp(`</${name}[\\s/>]`, 'ig');
      close.lastIndex = tagEnd;
      const c = close.exec(html);
      TAG.lastIndex = c ? c.index : html.length;
      continue;
    }
    if (VOID.has(name) || UNCOUNTED.has(name) || m[0].endsWith('/>')) continue;
    const dropped = kept >= maxDepth;
    stack.push({ name, dropped });
    openByName.set(name, (openByName.get(name) ?? 0) + 1);
    if (dropped) skip(m.index, tagEnd);
    else kept++;
  }
  if (copiedTo === 0) return html;
  out.push(html.slice(copiedTo));
  return out.join('');
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}
