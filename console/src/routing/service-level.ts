import type { Conversation, SiteSettings } from '@parley/shared';

export type ServiceLevelState = 'ok' | 'warning' | 'breached';

export interface ServiceLevel {
  target: 'first_response' | 'resolution';
  /** Time left before the target; negative once it is missed. */
  remainingMs: number;
  elapsedMs: number;
  targetMs: number;
  state: ServiceLevelState;
}

/**
 * Where a waiting or open conversation stands against its site's targets: the first response
 * while nobody has answered, else the resolution. `warning` from `slaWarnBeforeSeconds` before
 * the target; `null` for closed conversations, offline messages and targets turned off.
 */
export function serviceLevel(c: Conversation, s: SiteSettings | undefined, now: number): ServiceLevel | null {
  if (!s || c.status === 'closed' || c.offline) return null;
  const answered = Boolean(c.firstResponseAt);
  const target = answered ? 'resolution' : 'first_response';
  const seconds = answered ? s.resolutionTargetSeconds : s.firstResponseTargetSeconds;
  if (seconds <= 0) return null;
  const targetMs = seconds * 1000;
  const elapsedMs = Math.max(0, now - c.createdAt);
  const remainingMs = targetMs - elapsedMs;
  const state: ServiceLevelState = remainingMs < 0 ? 'breached' : remainingMs <= s.slaWarnBeforeSeconds * 1000 ? 'warning' : 'ok';
  return { target, remainingMs, elapsedMs, targetMs, state };
}

/** 75 -> "1:15", 3725 -> "1:02:05". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
