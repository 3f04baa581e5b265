/**
 * Strings only the conversation's parts show (delivery, "joined", the new-messages button, the
 * transcript by email): the widget loads their English with those parts, not on a first open.
 */
export const widgetConversationEn = {
  'widget.message.sent': 'Sent',
  'widget.message.retry': 'Retry',
  'widget.joined': '{name} joined the chat',
  'widget.newMessages': 'New messages',
  'widget.transcript.offer': 'Email me the transcript',
  'widget.transcript.email': 'Your email',
  'widget.transcript.send': 'Email it',
  'widget.transcript.sent': 'On its way to {email}.',
  'widget.transcript.failed': 'It could not be sent. Please try again.',
  'widget.transcript.badEmail': 'Enter an email address like name@example.com.',
} as const;

export type WidgetConversationKey = keyof typeof widgetConversationEn;
