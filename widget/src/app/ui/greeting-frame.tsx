import { Bubble } from './bubble.js';
import type { Face } from './header.js';
import { useT } from './i18n-context.js';

/** The transcript of a first open: the team's greeting alone, in the same frame the full one uses. */
export function GreetingFrame({ greeting, team }: { greeting: string; team: Face }) {
  const t = useT();
  return (
    <div class="transcript-wrap">
      <div class="transcript" role="log" aria-label={t('widget.transcript.label')} tabIndex={0}>
        <ol>
          <Bubble mine={false} author={team.name} face={team} text={greeting} />
        </ol>
      </div>
    </div>
  );
}
