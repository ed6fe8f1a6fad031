import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preload } from './app/app';
import { parseRoute } from './app/router';
import { MARKS } from './features/fill/performance-marks';
import { startI18n } from './i18n/i18n';
import { createStore } from './storage/store';
import './app/app.css';

performance.mark(MARKS.appStart);
// English is in the bundle; another chosen language's words load alongside the data below.
const words = startI18n();
// Questionnaire files are checked in the file checks' worker: a 4 MB check never blocks the page.
const store = createStore(undefined, undefined, {
  checkQuestionnaire: async (text) =>
    (await (await import('./services/file-checks')).fileChecks()).checkQuestionnaireText(text),
});
preload(parseRoute(window.location.hash), store);
void words.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  ),
);
