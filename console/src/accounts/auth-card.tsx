import type { ComponentChildren } from 'preact';
import { LocaleSwitcher } from '../i18n/locale-switcher.js';

/** The frame of the signed-out pages (set-up, sign-up, reset, invitation): brand, heading, intro, form. */
export function AuthCard({ title, intro, children, wide }: { title: string; intro?: ComponentChildren; children: ComponentChildren; wide?: boolean }) {
  return (
    <main class="login">
      <div class={`login-card auth-card${wide ? ' auth-card-wide' : ''}`}>
        <div class="login-brand" aria-hidden="true">
          P
        </div>
        <h1>{title}</h1>
        {intro && <p class="auth-intro">{intro}</p>}
        {children}
        <div class="login-footer">
          <LocaleSwitcher />
        </div>
      </div>
    </main>
  );
}
