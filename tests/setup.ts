import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// jsdom lays nothing out, so it has no scrolling; the app scrolls to questions it points at.
if (typeof Element !== 'undefined') {
  if (typeof Element.prototype.scrollIntoView !== 'function')
    Element.prototype.scrollIntoView = () => undefined;
  window.scrollTo = () => undefined;
}
