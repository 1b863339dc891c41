import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { rememberInvitationCode } from './clinicians/invitation-link';
import { startTheme } from './theme/theme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/safety.css';
import './styles/measures.css';
import './styles/clinicians.css';

startTheme();
rememberInvitationCode();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
