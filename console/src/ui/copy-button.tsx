import { useEffect, useState } from 'preact/hooks';
import { Button, type ButtonVariant } from './button.js';
import { useUiT } from './use-ui-t.js';

/** Puts text on the clipboard; where the Clipboard API is missing or refused, a hidden textarea and execCommand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand?.('copy') ?? false;
    area.remove();
    return done;
  }
}

/** "Copy" that says "Copied" for 2 s (announced), or "Select and copy" when the browser refused. */
export function CopyButton({ text, label, variant = 'secondary' }: { text: string; label?: string; variant?: ButtonVariant }) {
  const ut = useUiT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <Button variant={variant} size="small" onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}>
      <span aria-live="polite">{state === 'copied' ? ut('ui.copied') : state === 'failed' ? ut('ui.copyFailed') : (label ?? ut('ui.copy'))}</span>
    </Button>
  );
}
