import type { Block } from './markdown.js';

/** Knowledge-base articles, written by admins, searched by visitors and by the built-in bot. */
export interface Article {
  id: string;
  workspaceId: string;
  title: string;
  /** Markdown (a safe subset: see `parseMarkdown`). */
  body: string;
  keywords: string[];
  /** `en`, `zh-CN`, `zh-TW` (any tag; search ranks the visitor's own first). */
  locale: string;
  /**
   * Translation group: articles that translate one another share it, and search shows the
   * group once, in the reader's language when it has it. Absent: the article stands alone.
   */
  group?: string;
  createdAt: number;
  updatedAt: number;
}

/** A piece of text, marked when it matched the query: render `hit` parts highlighted. */
export interface TextPart {
  text: string;
  hit: boolean;
}

/** One search result: the article's head, its score and the matching passage. */
export interface ArticleHit {
  id: string;
  title: TextPart[];
  locale: string;
  score: number;
  snippet: TextPart[];
}

/** An article as a reader gets it: the body parsed into safe Markdown blocks. */
export interface ArticleView {
  article: Article;
  blocks: Block[];
}
