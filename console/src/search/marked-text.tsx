/**
 * A snippet with the server's marks drawn as `<mark>`: every piece is a text node, so whatever a
 * visitor wrote (tags, scripts, entities) shows as the characters it is. Marks out of range or
 * out of order (an older server, a hand-made answer) are skipped, never trusted.
 */
export function MarkedText({ text, marks = [] }: { text: string; marks?: ReadonlyArray<readonly [number, number]> | undefined }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
