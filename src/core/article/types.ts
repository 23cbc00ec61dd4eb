// The shapes extraction hands out: the article text with, per character, the live Text node and offset
// it was read from. Separate so the steps that take an article (headline, offsets) can name it
// without importing the extraction that builds it.

export interface ArticleText {
  title: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
  /**
   * Article text as a reader would copy it: whitespace runs collapsed to one space, blocks
   * separated by "\n\n" (paragraph-like) or "\n" (br, li, table cells), trimmed. Inside <pre>
   * whitespace is kept. Soft hyphens, zero-width spaces and BOMs are dropped.
   */
  text: string;
  /** Live Text nodes the text was read from, in document order. */
  nodes: Text[];
  /**
   * For each index i of `text`: the index in `nodes` of the char's source (-1 for inserted
   * separators and for text Readability made up) and the offset inside that node's data.
   */
  nodeIndex: Int32Array;
  nodeOffset: Uint32Array;
}

export type ExtractOutcome =
  | { ok: true; article: ArticleText; stats: { readabilityChars: number; mappedChars: number } }
  | { ok: false; reason: 'unsupported' | 'too-large' | 'not-readerable' | 'no-article'; message: string };
