import { useEffect, useState } from 'preact/hooks';
import type { ErrorBody } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { formatSynonymLines, lineOfIssue, parseSynonymLines } from './synonym-lines.js';
import { useBotT } from './use-bot-t.js';

interface Synonyms {
  groups: string[][];
  builtIn: string[][];
}

/**
 * The workspace's synonym groups on the knowledge-base page (admins): a text area, one group
 * per line, saved with `PUT /api/v1/knowledge/synonyms`; a refusal names the lines it is
 * about; the built-in groups are listed below.
 */
export function SynonymsPanel() {
  const rest = useRestClient();
  const tb = useBotT();
  const [loaded, setLoaded] = useState<Synonyms | null>(null);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void rest<Synonyms>('GET', '/knowledge/synonyms').then((r) => {
      if (!r.ok) return setRefusal(r.error);
      setLoaded(r.data);
      setText(formatSynonymLines(r.data.groups));
    });
  }, [rest]);

  const save = async () => {
    setSaving(true);
    setSaved(null);
    setRefusal(null);
    // The server is sent exactly the lines' groups, so its issue paths (groups.N) are lines.
    const r = await rest<Synonyms>('PUT', '/knowledge/synonyms', { groups: parseSynonymLines(text) });
    setSaving(false);
    if (!r.ok) return setRefusal(r.error);
    setLoaded(r.data);
    setText(formatSynonymLines(r.data.groups));
    setSaved(r.data.groups.length);
  };

  const problems = refusal?.issues?.length
    ? refusal.issues.map((i) => {
        const line = lineOfIssue(i.path);
        return line === null ? i.message : tb('console.synonyms.line', { line, message: i.message });
      })
    : refusal
      ? [refusal.message]
      : [];

  return (
    <form class="admin-form synonyms-panel" aria-label={tb('console.synonyms.title')} onSubmit={(e) => (e.preventDefault(), void save())}>
      <h3>{tb('console.synonyms.title')}</h3>
      <p id="synonyms-help">{tb('console.synonyms.help')}</p>
      {loaded === null && refusal === null ? (
        <p aria-busy="true">{tb('console.synonyms.loading')}</p>
      ) : (
        <label class="admin-field">
          {tb('console.synonyms.label')}
          <textarea
            rows={6}
            value={text}
            placeholder={'amex, American Express\n訂金, 定金'}
            aria-describedby="synonyms-help"
            aria-invalid={problems.length > 0}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
        </label>
      )}
      {problems.length > 0 && (
        <ul role="alert" class="admin-error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {saved !== null && <p role="status">{tb('console.synonyms.saved', { count: saved })}</p>}
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
