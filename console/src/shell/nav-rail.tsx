import type { ComponentChildren } from 'preact';
import type { Section } from '../proactive/use-section.js';
import { Popover } from '../ui/popover.js';
import { NavIcon } from './nav-icons.js';
import { useSectionLabel } from './section-labels.js';
import { useShellT } from './use-shell-t.js';

export interface NavRailProps {
  sections: readonly Section[];
  current: Section;
  onSection(section: Section): void;
  /** The person menu and the shortcuts button, at the rail's foot. */
  end: ComponentChildren;
  /**
   * A count on a section's link (unread mentions): `label` is read after the section's name
   * ("3 unread"), `summary` on "More" while the section is inside it ("Mentions: 3 unread").
   */
  badges?: Partial<Record<Section, { count: number; label: string; summary: string }>>;
}

/** How many sections the bottom bar of a narrow window shows before "More". */
const PRIMARY = 3;

const hrefOf = (s: Section) => `${import.meta.env.BASE_URL}${s === 'inbox' ? '' : s}`;

/**
 * The console's sections as a rail of icons with their names: down the inline-start edge on wide
 * windows, along the bottom under 768 px, where only the first few fit and the rest go into
 * "More" (a menu of links).
 */
export function NavRail({ sections, current, onSection, end, badges = {} }: NavRailProps) {
  const label = useSectionLabel();
  const st = useShellT();
  const link = (s: Section, index: number, inMenu = false, close?: () => void) => (
    <a
      class={inMenu ? 'rail-menu-item' : `rail-item${index >= PRIMARY ? ' rail-secondary' : ''}`}
      href={hrefOf(s)}
      aria-current={s === current ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        close?.();
        onSection(s);
      }}
    >
      <NavIcon name={s} />
      <span class="rail-label">{label(s)}</span>
      {!!badges[s]?.count && (
        <span class="rail-badge">
          <span aria-hidden="true">{badges[s]!.count > 99 ? '99+' : badges[s]!.count}</span>
          <span class="sr-only">{badges[s]!.label}</span>
        </span>
      )}
    </a>
  );
  const secondary = sections.slice(PRIMARY);
  return (
    <nav class="rail" aria-label={st('shell.nav')}>
      <span class="rail-brand" aria-hidden="true">
        P
      </span>
      <ul class="rail-items">
        {sections.map((s, i) => (
          <li key={s} class={i >= PRIMARY ? 'rail-secondary' : undefined}>
            {link(s, i)}
          </li>
        ))}
        {secondary.length > 0 && (
          <li class="rail-more">
            <Popover
              buttonClass="rail-item"
              panelClass="rail-more-panel ui-popover-up"
              current={secondary.includes(current)}
              trigger={
                <>
                  <NavIcon name="more" />
                  <span class="rail-label">{st('shell.more')}</span>
                  {secondary.some((s) => badges[s]?.count) && (
                    <span class="rail-badge rail-badge-dot">
                      <span class="sr-only">{secondary.flatMap((s) => (badges[s]?.count ? [badges[s]!.summary] : [])).join(', ')}</span>
                    </span>
                  )}
                </>
              }
            >
              {(close) => (
                <ul class="rail-menu">
                  {secondary.map((s, i) => (
                    <li key={s}>{link(s, i + PRIMARY, true, close)}</li>
                  ))}
                </ul>
              )}
            </Popover>
          </li>
        )}
      </ul>
      <div class="rail-end">{end}</div>
    </nav>
  );
}
