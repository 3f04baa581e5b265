/** The panel's newer strings (header status, greeting, delivery, new-messages pill), apart from the main catalog the console shares. */
export const widgetEn = {
  'widget.reply.minutes': 'We usually reply in a few minutes',
  'widget.reply.hours': 'We usually reply within a few hours',
  'widget.reply.day': 'We usually reply within a day',
  'widget.reply.off': 'Ask us anything',
  'widget.reply.away': 'We are away right now',
  'widget.greeting': 'Hi! How can we help you today?',
  'widget.transcript.label': 'Conversation',
  'widget.team': 'Team',
} as const;

export type WidgetKey = keyof typeof widgetEn;
