import type { ComponentChildren } from 'preact';
import { parseMarkdown, type Inline } from '@parley/shared';

/** An article as readers will see it: elements from the parsed tree, never raw HTML. Headings start at h4, under the preview's h3. */
export function MarkdownView({ source }: { source: string }) {
  return (
    <>
      {parseMarkdown(source).map((b, i) =>
        b.type === 'paragraph' ? (
          <p key={i}>{inline(b.children)}</p>
        ) : b.type === 'heading' ? (
          <h4 key={i}>{inline(b.children)}</h4>
        ) : b.type === 'code' ? (
          <pre key={i}>{b.text}</pre>
        ) : b.ordered ? (
          <ol key={i}>{b.items.map((it, j) => <li key={j}>{inline(it)}</li>)}</ol>
        ) : (
          <ul key={i}>{b.items.map((it, j) => <li key={j}>{inline(it)}</li>)}</ul>
        ),
      )}
    </>
  );
}

function inline(nodes: Inline[]): ComponentChildren {
  return nodes.map((n, i) => {
    if (n.type === 'text') return n.text;
    if (n.type === 'code') return <code key={i}>{n.text}</code>;
    if (n.type === 'link') return <a key={i} href={n.href} target="_blank" rel="noopener noreferrer nofollow">{inline(n.children)}</a>;
    const Mark = n.type;
    return <Mark key={i}>{inline(n.children)}</Mark>;
  });
}
