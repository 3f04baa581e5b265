/**
 * Routing's parts of the panel, an on-demand chunk (`chunks/lazy-routing-parts-*`): the
 * pre-chat department choice and the leave-a-message form, with their strings and styles.
 * The panel fetches it the first time one of them may be due (`routingDue`), never on a plain
 * first open. The queue place is a chunk of its own (`queue-parts.tsx`): a first open with
 * nobody online needs the form, not the queue.
 */
import { useEffect } from 'preact/hooks';
import type { AnyLocale } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import type { ChatState } from '../chat/chat-state.js';
import { DepartmentChoice } from './department-choice.js';
import { OfflineForm, OfflineOffer } from './offline-form.js';
import { offlineFormStep, showDepartmentChoice, showOfflineForm, showOfflineOffer } from './prechat-rules.js';
import { routingWidgetEn } from '@parley/shared';
import { addEnglish } from '../i18n/panel-strings.js';
import css from './routing.css?inline';

// Routing's English comes with its parts (other locales come in the visitor's strings chunk).
addEnglish(routingWidgetEn);

export interface RoutingPartProps {
  state: ChatState;
  client: ChatClient;
  locale: AnyLocale;
}

// The parts' own styles travel with them; a <style> inside the shadow root applies to it alone.
const styles = <style>{css}</style>;

/** Above the composer, or in its place while the form is in use: the pre-chat step and the form. */
export function Prechat({ state, client, locale }: RoutingPartProps) {
  const step = offlineFormStep(state);
  useEffect(() => {
    if (step) client.commit({ offlineForm: step });
  }, [client, step]);
  const leaveMessage = async (input: { name: string; email: string; text: string }) => {
    client.commit({ offlineForm: 'sending' });
    const departmentId = state.departmentId;
    const ack = await client.command('offline:message', departmentId ? { ...input, departmentId } : input);
    client.commit({ offlineForm: ack.ok ? 'sent' : 'failed' });
  };
  if (showOfflineForm(state)) {
    return (
      <>
        {styles}
        <OfflineForm
          state={state.offlineForm}
          onSubmit={(input) => void leaveMessage(input)}
          onBack={() => client.commit({ offlineForm: 'closed' })}
        />
      </>
    );
  }
  return (
    <>
      {styles}
      {showOfflineOffer(state) && <OfflineOffer onOpen={() => client.commit({ offlineForm: 'open' })} />}
      {showDepartmentChoice(state) && state.availability && (
        <DepartmentChoice
          departments={state.availability.departments}
          value={state.departmentId}
          onChange={(departmentId) => client.commit({ departmentId })}
        />
      )}
    </>
  );
}
