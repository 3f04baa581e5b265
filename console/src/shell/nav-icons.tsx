import type { Section } from '../proactive/use-section.js';

export type IconName = Section | 'more' | 'keyboard' | 'back' | 'contact' | 'search';

// 24 × 24 outline paths, drawn for this console (stroke, no fill), so every icon has one weight.
const paths: Record<IconName, string> = {
  inbox: 'M4 13l2.5-8h11L20 13v6H4zM4 13h5l1 2h4l1-2h5',
  visitors: 'M2.5 12s3.5-6 9.5-6 9.5 6 9.5 6-3.5 6-9.5 6-9.5-6-9.5-6zM12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
  triggers: 'M13 3L5 14h6l-1 7 8-11h-6z',
  bots: 'M6 9h12v9H6zM12 9V5M9.5 13h.01M14.5 13h.01M4 12v3M20 12v3M12 4.5h.01',
  articles: 'M5 4h10l4 4v12H5zM15 4v4h4M8 12h8M8 16h6',
  reports: 'M4 20h16M7 16v-5M12 16V6M17 16v-8',
  supervision: 'M3 5h18v11H3zM8 20h8M12 16v4M7 12l3-3 2 2 5-5',
  settings: 'M4 7h10M18 7h2M4 17h4M12 17h8M16 5v4M10 15v4',
  sites: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9z',
  team: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3.5 19c.6-3 2.8-5 5.5-5s4.9 2 5.5 5M16 5.5a3 3 0 0 1 0 5.5M17.5 14c1.7.6 2.7 2.4 3 5',
  'api-keys': 'M14.5 4a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM10.8 12.2L4 19v2h3v-2h2v-2h2l1-1',
  mail: 'M3.5 6h17v12h-17zM3.5 6.5L12 13l8.5-6.5',
  account: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4.5 20c.8-3.5 3.8-6 7.5-6s6.7 2.5 7.5 6',
  'canned-replies': 'M4 5h16v11H10l-4 4v-4H4zM13.5 7.5l-3 6',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  keyboard: 'M3 7h18v10H3zM7 10.5h.01M10.5 10.5h.01M14 10.5h.01M17.5 10.5h.01M8 14h8',
  back: 'M15 5l-7 7 7 7',
  contacts: 'M6 3.5h13v17H6zM4 7.5h3M4 12h3M4 16.5h3M12.5 12a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4zM9.5 16.5c.5-1.9 1.6-3 3-3s2.5 1.1 3 3',
  mentions: 'M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0zM16 12v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7.1',
  tags: 'M3.5 12.5V4h8.5l8.5 8.5-8.5 8.5zM8 8.5h.01',
  contact: 'M4 5h16v14H4zM9 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM6 16c.5-1.8 1.7-3 3-3s2.5 1.2 3 3M14 9h4M14 13h3',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.2 15.2L20 20',
};

/** A navigation icon; decorative, the label beside it names the link. `flip` mirrors it in right-to-left layouts. */
export function NavIcon({ name, flip = false }: { name: IconName; flip?: boolean }) {
  const dots = name === 'more';
  return (
    <svg class={`nav-icon${flip ? ' flip-rtl' : ''}`} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" stroke-width={dots ? 3 : 1.75} stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
