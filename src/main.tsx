import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preload } from './app/app';
import { parseRoute } from './app/router';
import { MARKS } from './features/fill/performance-marks';
import { initI18n } from './i18n/i18n';
import { createStore } from './storage/store';
import './app/app.css';

performance.mark(MARKS.appStart);
initI18n();
const store = createStore();
preload(parseRoute(window.location.hash), store);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
