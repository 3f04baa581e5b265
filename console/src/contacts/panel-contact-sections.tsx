import type { Contact } from '@parley/shared';
import { AttributeEditor } from './attribute-editor.js';
import { contactPath } from './use-open-contact.js';
import { useContactsT } from './use-contacts-t.js';

/** Moves the console to the contact's drawer on the Contacts page (the shell follows the address). */
function openContact(contactId: string) {
  history.pushState(null, '', `${import.meta.env.BASE_URL}${contactPath(contactId)}`);
  dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * The inbox contact panel's editable part: the contact's attributes edited in place, and a link
 * to the whole contact on the Contacts page. Without a contact it says they have not said who
 * they are (an agent cannot make one up here: contacts come from identify and forms).
 */
export function PanelContactSections({ contact, onChange }: { contact: Contact | null | undefined; onChange(contact: Contact): void }) {
  const t = useContactsT();
  if (contact === undefined) return null;
  return (
    <section class="contact-section" aria-labelledby="contact-attributes">
      <h3 id="contact-attributes">{t('contacts.attributes')}</h3>
      {contact ? (
        <>
          <AttributeEditor contact={contact} onChange={onChange} compact />
          <a
            class="contact-panel-open"
            href={`${import.meta.env.BASE_URL}${contactPath(contact.id)}`}
            onClick={(e) => {
              e.preventDefault();
              openContact(contact.id);
            }}
          >
            {t('contacts.panel.openContact')}
          </a>
        </>
      ) : (
        <p class="muted">{t('contacts.panel.noContact')}</p>
      )}
    </section>
  );
}
