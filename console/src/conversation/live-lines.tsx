import type { LiveState } from './live-conversation.js';
import { useLiveT } from './use-live-t.js';

/**
 * Under the transcript: the visitor typing (and their draft, greyed, when the site has sneak
 * peek on), and the colleagues who have this conversation open or are writing in it, so two
 * people do not answer at once.
 */
export function LiveLines({ live, visitorName }: { live: LiveState; visitorName: string }) {
  const lt = useLiveT();
  const typing = live.colleagues.filter((c) => c.typing);
  return (
    <div class="live-lines" aria-live="polite">
      {live.visitor && (
        <p class="live-typing">
          {lt('live.typing', { name: live.visitor.name ?? visitorName })}
          <span class="typing-dots" aria-hidden="true">
            <i />
            <i />
            <i />
          </span>
        </p>
      )}
      {live.visitor?.draft && (
        <p class="live-draft" title={lt('live.draftLabel')}>
          {lt('live.draft', { draft: live.visitor.draft })}
        </p>
      )}
      {typing.map((c) => (
        <p key={c.id} class="live-colleague">
          {lt('live.colleagueTyping', { name: c.name })}
        </p>
      ))}
      {live.colleagues.length > 0 && <p class="live-viewers">{lt('live.viewers', { names: live.colleagues.map((c) => c.name).join(', ') })}</p>}
    </div>
  );
}
