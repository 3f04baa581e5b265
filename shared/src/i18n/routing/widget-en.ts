/**
 * The widget's routing strings: the pre-chat department choice and the leave-a-message form
 * (the queue line is in the widget's family: it shows from a chunk of its own). Kept apart from the main catalogs, which every opened widget
 * downloads, because the widget shows these from an on-demand chunk only when they are
 * needed (widget/src/app/routing). One file per locale, so the widget loads the visitor's alone.
 */
export const routingWidgetEn = {
  'widget.prechat.department': 'Who would you like to talk to?',
  'widget.offline.intro': 'We are not available right now. Leave a message and we will reply by email.',
  'widget.offline.name': 'Name',
  'widget.offline.email': 'Email',
  'widget.offline.sent': 'Thank you, we got your message and will reply by email.',
  'widget.offline.title': 'Leave a message',
  'widget.offline.message': 'Message',
  'widget.offline.submit': 'Send message',
  'widget.offline.back': 'Back to the chat',
  'widget.offline.required': 'Please fill this in.',
  'widget.offline.badEmail': 'Enter an email address like name@example.com.',
  'widget.offline.failed': 'Your message could not be sent. Please try again.',
} as const;

export type RoutingWidgetKey = keyof typeof routingWidgetEn;
