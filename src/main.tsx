import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preload } from './app/app';
import { parseRoute } from './app/router';
import { initI18n } from './i18n/i18n';
import './app/app.css';

initI18n();
preload(parseRoute(window.location.hash));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
