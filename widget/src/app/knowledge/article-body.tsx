import type { Block, Inline } from '@parley/shared';

/**
 * Renders an article from its parsed Markdown tree (the server parses it with `parseMarkdown`):
 * elements built one by one, never HTML, so nothing an author wrote becomes markup.
 */
export function ArticleBody({ blocks }: { blocks: Block[] }) {
  return (
    <div>
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{inline(block.children)}</p>;
        if (block.type === 'code') return <pre key={i}><code>{block.text}</code></pre>;
        if (block.type === 'heading') {
          const H = block.level === 1 ? 'h4' : 'h5';
          return <H key={i}>{inline(block.children)}</H>;
        }
        const L = block.ordered ? 'ol' : 'ul';
        return <L key={i}>{block.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</L>;
      })}
    </div>
  );
}

function inline(nodes: Inline[]) {
  return nodes.map((n, i) => {
    if (n.type === 'text') return n.text;
    if (n.type === 'code') return <code key={i}>{n.text}</code>;
    if (n.type !== 'link') {
      const Mark = n.type;
      return <Mark key={i}>{inline(n.children)}</Mark>;
    }
    // parseMarkdown keeps only http(s) and mailto links.
    return (
      <a key={i} href={n.href} target="_blank" rel="noopener noreferrer nofollow">
        {inline(n.children)}
      </a>
    );
  });
}
