/** The console's design-system components (src/ui/): the few words they carry themselves. */
export const uiEn = {
  'ui.close': 'Close',
  'ui.copy': 'Copy',
  'ui.copied': 'Copied',
  'ui.copyFailed': 'Select and copy',
  'ui.loading': 'Loading…',
  'ui.retry': 'Try again',
  'ui.unreachable': 'The server cannot be reached. Check your connection and try again.',
  'ui.forbidden': 'Only admins can see this page.',
  'ui.loadFailed': 'This could not be loaded: {reason}',
  'ui.optional': 'optional',
} as const;

export type UiKey = keyof typeof uiEn;
