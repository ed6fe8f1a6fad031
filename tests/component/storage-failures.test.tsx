import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StorageGate } from '../../src/app/storage-gate';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import { AnswerSession } from '../../src/features/fill/answer-session';
import { SaveStatus } from '../../src/features/fill/save-status';
import { FillContext } from '../../src/features/fill/session-context';
import { loadScreenWords } from '../../src/i18n/i18n';
import { StorageError } from '../../src/storage/storage-error';
import type { Store } from '../../src/storage/store';
import { fillContext } from '../builders/fill';
import { fullFeature } from '../builders/questionnaire';

// These screens' words load with them (a chunk of their own), as in the app.
await loadScreenWords();

describe('storage that cannot be used is said plainly, never pretended', () => {
  it('blocks the app with the reason when IndexedDB cannot be opened (e.g. a private window)', async () => {
    const store = {
      open: () => Promise.reject(new StorageError('unavailable', 'MissingAPIError: IndexedDB API missing')),
    } as unknown as Store;
    render(
      <StorageGate store={store}>
        <p>the app</p>
      </StorageGate>,
    );
    expect(await screen.findByTestId('storage-unavailable')).toHaveTextContent(
      'This browser does not let the app keep data',
    );
    expect(screen.queryByText('the app')).toBeNull();
  });

  it('shows a blocking dialog with the reason when a write fails (disk full), keeps the edit and retries', async () => {
    let fail = true;
    const questionnaire = fullFeature();
    const session = new AnswerSession({
      assessmentId: 'a1',
      index: indexQuestionnaire(questionnaire),
      validation: { agencyIds: new Set() },
      save: () =>
        fail
          ? Promise.reject(new StorageError('quota', 'QuotaExceededError'))
          : Promise.resolve({ stale: [] }),
      now: () => 1,
      debounceMs: 0,
    });
    render(
      <FillContext.Provider value={fillContext(session, questionnaire)}>
        <SaveStatus />
      </FillContext.Provider>,
    );
    session.set('bio.authority', { value: 3 });
    await session.flush();
    const dialog = await screen.findByRole('alertdialog', { name: 'Your last changes could not be saved' });
    expect(dialog).toHaveTextContent('no room left');
    expect(session.hasUnsaved()).toBe(true);
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('All changes saved on this device')).toBeInTheDocument();
  });
});
