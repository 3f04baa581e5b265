import { render } from 'preact';
import { App } from './app.js';
import { I18nProvider } from './i18n/i18n-context.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/login.css';
import './styles/shell.css';
import './styles/workspace.css';
import './styles/inbox.css';
import './styles/conversation.css';
import './styles/proactive.css';
import './styles/routing.css';
import './styles/settings.css';
import './styles/ui.css';
import './styles/admin-pages.css';
import './styles/accounts.css';
import './styles/search.css';
import './styles/teamwork.css';

render(
  <I18nProvider>
    <App />
  </I18nProvider>,
  document.getElementById('app')!,
);
