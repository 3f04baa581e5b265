import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';

export type ToastTone = 'success' | 'danger' | 'neutral';
interface ToastEntry {
  id: number;
  text: string;
  tone: ToastTone;
}

type ShowToast = (text: string, tone?: ToastTone) => void;
const ToastContext = createContext<ShowToast>(() => {});

/** Shows a toast: a short confirmation ("Invitation sent.") that goes away by itself after 5 s. */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}

/** Holds the toasts of the page and their live region (polite: they never interrupt). */
export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const next = useRef(1);
  const show = useCallback<ShowToast>((text, tone = 'success') => {
    const id = next.current++;
    setToasts((list) => [...list.slice(-2), { id, text, tone }]);
    setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), 5000);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <ToastRegion toasts={toasts} />
    </ToastContext.Provider>
  );
}

function ToastRegion({ toasts }: { toasts: ToastEntry[] }) {
  // The region exists from the start so screen readers notice what is added to it.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <div class="ui-toasts" aria-live="polite" aria-relevant="additions">
      {mounted &&
        toasts.map((t) => (
          <p key={t.id} class={`ui-toast ui-toast-${t.tone}`}>
            {t.text}
          </p>
        ))}
    </div>
  );
}
