import { useEffect, useState } from 'preact/hooks';
import { agentCommand, type Conversation, type ConversationContext } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';
import { NavIcon } from '../shell/nav-icons.js';
import { useShellT } from '../shell/use-shell-t.js';
import { formatClockTime } from '../time/relative-time.js';
import { Avatar } from '../ui/avatar.js';
import '../styles/contacts.css';
import { ContactConversations } from '../contacts/contact-conversations.js';
import { contactName } from '../contacts/contact-name.js';
import { contactTimeZone, zonedClock } from '../contacts/local-time.js';
import { PanelContactSections } from '../contacts/panel-contact-sections.js';
import { useContactsT } from '../contacts/use-contacts-t.js';
import { useConversationContact } from '../contacts/use-conversation-contact.js';
import { VerifiedBadge } from '../contacts/verified-badge.js';

/** While the visitor is browsing, their journey grows: read it again this often. */
const refreshMs = 15_000;

export interface ContactPanelProps {
  socket: ConsoleSocket;
  conversation: Conversation;
  name: string;
  /** Other conversations of this visitor that the console holds, newest first. */
  past: readonly Conversation[];
  now: number;
  /** What the panel learned of the visitor (their given name and email, from the live list). */
  onKnown(visitorId: string, known: { name: string | null; email: string | null }): void;
  onOpen(conversationId: string): void;
  /** Below 1200 px the panel is a drawer over the conversation: this closes it. */
  onClose(): void;
}

/**
 * Who the conversation is with: their contact (name, verified or not, email, phone, company,
 * attributes edited in place, from `GET /conversations/{id}/contact`), where they are now (the
 * page, its title), their local time, device, the pages of this visit, the trigger the
 * conversation started from, and their other conversations: every browser's when they are a
 * contact, else those the console holds. Read with `conversation:context` (live while they are
 * on the site) and again every 15 s.
 */
export function ContactPanel({ socket, conversation, name, past, now, onKnown, onOpen, onClose }: ContactPanelProps) {
  const { t, locale } = useI18n();
  const st = useShellT();
  const ct = useContactsT();
  const conversationId = conversation.id;
  const [context, setContext] = useState<ConversationContext | null>(null);
  const [tick, setTick] = useState(0);
  useSocketEvent(socket, 'connect', () => setTick((n) => n + 1));
  useEffect(() => {
    let live = true;
    void agentCommand(socket, 'conversation:context', { conversationId }, COMMAND_TIMEOUT_MS).then((ack) => {
      if (!live || !ack.ok) return;
      setContext(ack.data);
      const visitor = ack.data.live;
      if (visitor && (visitor.name || visitor.email)) onKnown(conversation.visitorId, { name: visitor.name, email: visitor.email });
    });
    const timer = setTimeout(() => setTick((n) => n + 1), refreshMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [socket, conversationId, tick]);
  const visitor = context?.live ?? null;
  const { contact, conversations, setContact } = useConversationContact(conversationId, tick);
  useEffect(() => {
    if (contact && (contact.name || contact.email)) onKnown(conversation.visitorId, { name: contact.name, email: contact.email });
  }, [contact]);
  const shownName = contact ? contactName(contact, locale, name) : name;
  const zone = contact ? contactTimeZone(contact.attributes) : null;
  const others = conversations ? conversations.filter((c) => c.id !== conversationId) : past;
  const email = contact?.email ?? visitor?.email;
  return (
    <aside class="contact-panel" aria-labelledby="contact-heading">
      <header class="contact-head">
        <h2 id="contact-heading" class="sr-only">
          {st('shell.contact.title')}
        </h2>
        <Avatar name={shownName} size={64} />
        <p class="contact-name">{shownName}</p>
        {contact && <VerifiedBadge verified={contact.verified} showUnverified />}
        <button type="button" class="contact-close" onClick={onClose} aria-label={st('shell.contact.hide')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <dl class="contact-facts">
        <div>
          <dt>{st('shell.contact.email')}</dt>
          <dd>{email ?? <span class="muted">{st('shell.contact.noEmail')}</span>}</dd>
        </div>
        {contact?.phone && (
          <div>
            <dt>{ct('contacts.panel.phone')}</dt>
            <dd>{contact.phone}</dd>
          </div>
        )}
        {contact?.company && (
          <div>
            <dt>{ct('contacts.panel.company')}</dt>
            <dd>{contact.company}</dd>
          </div>
        )}
        <div>
          <dt>{st('shell.contact.page')}</dt>
          <dd>
            {visitor ? (
              <a href={visitor.url} target="_blank" rel="noreferrer noopener" class="contact-url">
                {visitor.title || visitor.url}
              </a>
            ) : (
              <span class="muted">{st('shell.contact.notOnSite')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{ct('contacts.panel.localTime')}</dt>
          <dd>{zone ? ct('contacts.panel.localTimeValue', { time: zonedClock(now, zone, locale), zone }) : <span class="muted">{ct('contacts.panel.localTimeUnknown')}</span>}</dd>
        </div>
        {visitor && (
          <div>
            <dt>{st('shell.contact.device')}</dt>
            <dd>{st('shell.device.withBrowser', { device: st(`shell.device.${visitor.device}`), browser: visitor.browser })}</dd>
          </div>
        )}
        {visitor?.language && (
          <div>
            <dt>{t('console.locale')}</dt>
            <dd>{visitor.language}</dd>
          </div>
        )}
        {context?.trigger && (
          <div>
            <dt>{t('console.context.trigger')}</dt>
            <dd class="context-trigger">
              <strong>{context.trigger.name}</strong>
            </dd>
          </div>
        )}
      </dl>
      <PanelContactSections contact={contact} onChange={setContact} />
      <section class="contact-section" aria-labelledby="contact-pages">
        <h3 id="contact-pages">{st('shell.contact.pages')}</h3>
        {!context || context.journey.length === 0 ? (
          <p class="muted">{t('console.context.noJourney')}</p>
        ) : (
          <ol class="journey">
            {context.journey.map((page, i) => (
              <li key={`${page.at}-${i}`} title={page.url}>
                <time>{formatClockTime(page.at, locale)}</time> <span>{page.title || page.url}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section class="contact-section" aria-labelledby="contact-past">
        <h3 id="contact-past">{st('shell.contact.past')}</h3>
        <ContactConversations conversations={others} now={now} onOpen={onOpen} none={st('shell.contact.pastNone')} />
      </section>
    </aside>
  );
}
