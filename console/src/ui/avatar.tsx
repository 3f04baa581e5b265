/** Up to two initials of a name ("Mei Lin" → "ML", "林美" → "林"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  // CJK names have no spaces and one character says enough.
  if (/^[\u3400-\u9fff]/.test(words[0]!)) return words[0]!.slice(0, 1);
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

const tints = ['#2453d6', '#0b7a5c', '#9a4a06', '#a32d6b', '#5b3fc4', '#0e6f8f'];

/** A stable colour per name, each dark enough for white initials (4.5:1). */
function tintOf(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) | 0;
  return tints[Math.abs(hash) % tints.length]!;
}

export interface AvatarProps {
  name: string;
  /** An image URL (https or data); initials when absent. */
  src?: string | null | undefined;
  size?: 24 | 32 | 40 | 64;
}

/** A person's picture, or their initials on a colour of their own; decorative (the name is beside it). */
export function Avatar({ name, src, size = 32 }: AvatarProps) {
  const style = { width: `${size}px`, height: `${size}px`, fontSize: `${Math.round(size * 0.4)}px` };
  if (src) return <img class="ui-avatar" src={src} alt="" width={size} height={size} style={style} />;
  return (
    <span class="ui-avatar ui-avatar-initials" aria-hidden="true" style={{ ...style, background: tintOf(name) }}>
      {initialsOf(name)}
    </span>
  );
}
