import type { ProactiveMessage } from '../chat/proactive-message.js';
import { Bubble } from './bubble.js';
import type { Face } from './header.js';
import { useT } from './i18n-context.js';

/**
 * The transcript of a first open: the team's greeting (and the proactive message the visitor
 * opened the panel from, at once, while the full transcript's chunk arrives), in its frame.
 */
export function GreetingFrame({ greeting, team, proactive }: { greeting: string; team: Face; proactive: ProactiveMessage | null }) {
  const t = useT();
  return (
    <div class="transcript-wrap">
      <div class="transcript" role="log" aria-label={t('widget.transcript.label')} tabIndex={0}>
        <ol>
          <Bubble mine={false} author={team.name} face={team} text={greeting} />
          {proactive && <Bubble mine={false} author={proactive.name} text={proactive.text} />}
        </ol>
      </div>
    </div>
  );
}
