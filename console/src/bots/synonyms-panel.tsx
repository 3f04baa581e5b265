import { useEffect, useState } from 'preact/hooks';
import type { ErrorBody } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { formatSynonymLines, lineOfIssue, parseSynonymLines } from './synonym-lines.js';
import { useBotT } from './use-bot-t.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Card, Loading } from '../ui/page.js';
import { TextArea } from '../ui/text-input.js';

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
    <Card title={tb('console.synonyms.title')}>
      <Form class="synonyms-panel" label={tb('console.synonyms.title')} onSubmit={() => void save()}>
        {loaded === null && refusal === null ? (
          <Loading label={tb('console.synonyms.loading')} />
        ) : (
          <Field label={tb('console.synonyms.label')} help={tb('console.synonyms.help')}>
            {(c) => (
              <TextArea
                {...c}
                rows={6}
                value={text}
                placeholder={'amex, American Express\n訂金, 定金'}
                aria-invalid={problems.length > 0 || undefined}
                onValue={setText}
              />
            )}
          </Field>
        )}
        {problems.length > 0 && (
          <ul role="alert" class="ui-field-error synonyms-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div class="form-actions">
          {saved !== null && <p role="status">{tb('console.synonyms.saved', { count: saved })}</p>}
          <Button type="submit" busy={saving} disabled={loaded === null}>
            {tb('console.synonyms.save')}
          </Button>
        </div>
        {loaded && (
          <details class="synonyms-built-in">
            <summary>{tb('console.synonyms.builtIn', { count: loaded.builtIn.length })}</summary>
            <ul>
              {loaded.builtIn.map((g) => (
                <li key={g.join('|')}>{g.join(', ')}</li>
              ))}
            </ul>
          </details>
        )}
      </Form>
    </Card>
  );
}
