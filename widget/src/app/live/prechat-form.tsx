/**
 * The site's pre-chat form, an on-demand chunk (`chunks/lazy-prechat-form-*`): per-site fields
 * (name, email, phone, department, text, select, checkbox), labels in the visitor's language,
 * checked inline before `prechat:submit`, and the server's own refusals shown by field.
 * Fields the visitor already answered are left out.
 */
import { useState } from 'preact/hooks';
import type { AnyLocale, PrechatAnswers, PrechatField } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import { useT, type Translate } from '../ui/i18n-context.js';

const css =
  '.prechat{display:grid;gap:10px;margin:0;padding:12px 16px;border-block-start:1px solid var(--line);font-size:13px}' +
  '.prechat h3{margin:0;font-size:14px}.prechat label{display:grid;gap:4px}.prechat .check{display:flex;gap:8px;align-items:center}' +
  '.prechat input:not([type=checkbox]),.prechat select{padding:8px 10px;border:1px solid var(--edge);border-radius:6px;font:inherit;font-size:16px;color:inherit;background:var(--bg)}' +
  '.prechat .error{color:var(--danger)}';

const builtIn = { name: 'widget.prechat.name', email: 'widget.prechat.email', phone: 'widget.prechat.phone', department: 'widget.prechat.department' } as const;

function labelOf(field: PrechatField, locale: AnyLocale, t: Translate): string {
  const own = field.label as Partial<Record<string, string>>;
  return own[locale] ?? own.en ?? (field.kind in builtIn ? t(builtIn[field.kind as keyof typeof builtIn]) : field.id);
}

/** The panel's own check of one answer (the server checks again). */
function problem(field: PrechatField, value: string | boolean | undefined, t: Translate): string | null {
  if (field.kind === 'checkbox') return field.required && value !== true ? t('widget.prechat.required') : null;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return field.required ? t('widget.prechat.required') : null;
  if (field.kind === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return t('widget.prechat.badEmail');
  if (field.kind === 'phone' && !/^\+?[0-9 ().-]{5,30}$/.test(text)) return t('widget.prechat.badPhone');
  return null;
}

export function PrechatForm({ client, locale }: { client: ChatClient; locale: AnyLocale }) {
  const t = useT();
  const form = client.state.live!.prechat;
  const fields = form.fields.filter((f) => !form.known.includes(f.id));
  const departments = client.state.availability?.departments ?? [];
  const [answers, setAnswers] = useState<PrechatAnswers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<'idle' | 'sending' | 'failed'>('idle');
  const set = (id: string, value: string | boolean) => setAnswers((a) => ({ ...a, [id]: value }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const f of fields) {
      const bad = problem(f, answers[f.id], t);
      if (bad) found[f.id] = bad;
    }
    setErrors(found);
    const first = fields.find((f) => found[f.id]);
    if (first) return (e.currentTarget as HTMLFormElement).querySelector<HTMLElement>(`#parley-pc-${first.id}`)?.focus();
    setState('sending');
    const ack = await client.command('prechat:submit', { answers });
    if (!ack.ok) {
      // The server's refusals name their field (`answers.<id>`).
      const byField: Record<string, string> = {};
      for (const issue of ack.error.issues ?? []) byField[issue.path.replace(/^answers\./, '')] = issue.message;
      setErrors(byField);
      return setState('failed');
    }
    const live = client.state.live!;
    const department = fields.find((f) => f.kind === 'department');
    client.commit({
      live: { ...live, prechat: { ...live.prechat, known: ack.data.known } },
      prechatDone: true,
      ...(department && typeof answers[department.id] === 'string' ? { departmentId: answers[department.id] as string } : {}),
    });
  };

  return (
    <form class="prechat" noValidate onSubmit={submit}>
      <style>{css}</style>
      <h3>{t('widget.prechat.title')}</h3>
      {fields.map((f) => {
        const id = `parley-pc-${f.id}`;
        const error = errors[f.id];
        const common = {
          id,
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          'aria-required': f.required ? ('true' as const) : undefined,
        };
        const label = `${labelOf(f, locale, t)}${f.required ? '' : ` ${t('widget.prechat.optional')}`}`;
        const value = typeof answers[f.id] === 'string' ? (answers[f.id] as string) : '';
        return (
          <div key={f.id}>
            {f.kind === 'checkbox' ? (
              <label class="check">
                <input type="checkbox" {...common} checked={answers[f.id] === true} onChange={(e) => set(f.id, e.currentTarget.checked)} />
                {label}
              </label>
            ) : (
              <label>
                {label}
                {f.kind === 'select' || f.kind === 'department' ? (
                  <select {...common} value={value} onChange={(e) => set(f.id, e.currentTarget.value)}>
                    <option value="">{t('widget.prechat.choose')}</option>
                    {f.kind === 'select'
                      ? f.options!.map((o) => (
                          <option key={o.value} value={o.value}>
                            {(o.label as Partial<Record<string, string>>)[locale] ?? o.label.en ?? o.value}
                          </option>
                        ))
                      : departments.map((d) => (
                          <option key={d.id} value={d.id}>
                            {d.name}
                          </option>
                        ))}
                  </select>
                ) : (
                  <input
                    {...common}
                    type={f.kind === 'email' ? 'email' : f.kind === 'phone' ? 'tel' : 'text'}
                    autoComplete={f.kind === 'name' ? 'name' : f.kind === 'email' ? 'email' : f.kind === 'phone' ? 'tel' : 'off'}
                    value={value}
                    onInput={(e) => set(f.id, e.currentTarget.value)}
                  />
                )}
              </label>
            )}
            {error && (
              <span class="error" id={`${id}-error`}>
                {error}
              </span>
            )}
          </div>
        );
      })}
      {state === 'failed' && !Object.keys(errors).length && (
        <span class="error" role="alert">
          {t('widget.prechat.failed')}
        </span>
      )}
      <button type="submit" class="send" disabled={state === 'sending'}>
        {t('widget.prechat.start')}
      </button>
    </form>
  );
}
