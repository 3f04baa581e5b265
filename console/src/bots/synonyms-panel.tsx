import { useEffect, useState } from 'preact/hooks';
import { useApi } from './api-context.js';
import { formatSynonymLines, parseSynonymLines } from './synonym-lines.js';
import { useBotT } from './use-bot-t.js';

interface Synonyms {
  groups: string[][];
  builtIn: string[][];
}

/**
 * The workspace's synonym groups on the knowledge-base page (admins): a text area, one group
 * per line, saved with `PUT /api/v1/knowledge/synonyms`; the built-in groups listed below.
 */
export function SynonymsPanel() {
  const api = useApi();
  const tb = useBotT();
  const [loaded, setLoaded] = useState<Synonyms | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ kind: 'error' | 'saved'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api<Synonyms>('GET', '/knowledge/synonyms').then(
      (s) => {
        setLoaded(s);
        setText(formatSynonymLines(s.groups));
      },
      (e: Error) => setStatus({ kind: 'error', text: e.message }),
    );
  }, [api]);

  const save = async () => {
    setSaving(true);
    setStatus(null);
    try {
      const saved = await api<Synonyms>('PUT', '/knowledge/synonyms', { groups: parseSynonymLines(text) });
      setLoaded(saved);
      setText(formatSynonymLines(saved.groups));
      setStatus({ kind: 'saved', text: tb('console.synonyms.saved', { count: saved.groups.length }) });
    } catch (err) {
      setStatus({ kind: 'error', text: (err as Error).message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="admin-form synonyms-panel" aria-label={tb('console.synonyms.title')} onSubmit={(e) => (e.preventDefault(), void save())}>
      <h3>{tb('console.synonyms.title')}</h3>
      <p id="synonyms-help">{tb('console.synonyms.help')}</p>
      {loaded === null && status === null ? (
        <p aria-busy="true">{tb('console.synonyms.loading')}</p>
      ) : (
        <label class="admin-field">
          {tb('console.synonyms.label')}
          <textarea
            rows={6}
            value={text}
            placeholder={'amex, American Express\n訂金, 定金'}
            aria-describedby="synonyms-help"
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
        </label>
      )}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind === 'error' ? 'admin-error' : undefined}>
          {status.text}
        </p>
      )}
      <button type="submit" class="button primary" disabled={saving || loaded === null}>
        {tb('console.synonyms.save')}
      </button>
      {loaded && (
        <details>
          <summary>{tb('console.synonyms.builtIn', { count: loaded.builtIn.length })}</summary>
          <ul class="synonyms-built-in">
            {loaded.builtIn.map((g) => (
              <li key={g.join('|')}>{g.join(', ')}</li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}
