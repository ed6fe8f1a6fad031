import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MonitoringPage } from '../../src/features/monitoring/monitoring-page';
import { loadScreenWords } from '../../src/i18n/i18n';
import { StoreProvider } from '../../src/ui/store-context';
import { makeAssessment, T0 } from '../builders/assessment';
import { adoptedAction, adoptedPlan } from '../builders/monitoring';
import { fixtureText } from '../builders/questionnaire';
import { testStore } from '../builders/store';

// These screens' words load with them (a chunk of their own), as in the app.
await loadScreenWords();

beforeAll(() => {
  // "Today" on the monitoring page, after version 2 was adopted.
  vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2027, 6, 1) });
});
afterAll(() => vi.useRealTimers());

describe('the monitoring page of a plan adopted twice', () => {
  it('opens on the version in force on the report day, and reads the earlier one when chosen', async () => {
    const store = testStore('monitoring-versions');
    await store.open();
    await store.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
    await store.assessments.create(makeAssessment());
    const first = [adoptedAction({ id: 'x1' }), adoptedAction({ id: 'x2' })];
    await store.monitoring.adopt(adoptedPlan(first));
    await store.monitoring.adopt(
      adoptedPlan([...first, adoptedAction({ id: 'x3', title: 'Added in version 2' })], {
        version: 2,
        adoptedOn: '2027-05-20',
        adoptedBy: 'Government',
      }),
    );
    render(
      <StoreProvider store={store}>
        <MonitoringPage assessmentId="a1" links={{ plan: '#/plan' }} />
      </StoreProvider>,
    );
    const version = await screen.findByRole('combobox', { name: 'Plan version' });
    expect(within(version).getByRole('option', { selected: true })).toHaveTextContent(
      'Version 2 of 20/05/2027',
    );
    expect(screen.getByText(/Version 2, adopted on 20\/05\/2027 by Government/)).toBeInTheDocument();
    expect(screen.getByText('Added in version 2')).toBeInTheDocument();

    await userEvent.selectOptions(version, '1');
    expect(
      await screen.findByText(/Version 1, adopted on 15\/12\/2026 by Cabinet of Ministers/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Added in version 2')).toBeNull();
    store.db.close();
    await store.db.delete();
  });
});
