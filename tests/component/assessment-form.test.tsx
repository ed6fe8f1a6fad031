import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import { AssessmentForm, profileOf } from '../../src/features/assessments/assessment-form';
import { loadScreenWords } from '../../src/i18n/i18n';
import type { AvailableQuestionnaire } from '../../src/services/questionnaire-registry';
import { makeAssessment } from '../builders/assessment';
import { fullFeature } from '../builders/questionnaire';

// These screens' words load with them (a chunk of their own), as in the app.
await loadScreenWords();
const questionnaire = fullFeature();
const available: AvailableQuestionnaire[] = [
  { questionnaire, index: indexQuestionnaire(questionnaire), source: 'imported', file: 'full.json' },
];

function renderForm(initial?: Parameters<typeof AssessmentForm>[0]['initial']) {
  const onSubmit = vi.fn((_values: unknown) => Promise.resolve());
  render(
    <AssessmentForm
      questionnaires={available}
      initial={initial}
      submitLabel="Create"
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  );
  return onSubmit;
}

async function addAgency(n: number, name: string, extra: { acronym?: string; role?: string } = {}) {
  await userEvent.click(screen.getByRole('button', { name: 'Add an agency' }));
  const row = within(screen.getByRole('group', { name: `Agency ${n}` }));
  await userEvent.type(row.getByLabelText('Name'), name);
  if (extra.acronym) await userEvent.type(row.getByLabelText('Acronym'), extra.acronym);
  if (extra.role) await userEvent.selectOptions(row.getByLabelText('Role'), extra.role);
}

describe('the assessment form', () => {
  it('shows the 5-year horizon it uses as chosen, and takes an agency without a role', async () => {
    const onSubmit = renderForm();
    expect(screen.getByLabelText('5 years (strategic plan)')).toBeChecked();
    await userEvent.type(screen.getByLabelText('Title'), 'NAQ 2026');
    await userEvent.selectOptions(screen.getByLabelText('Country'), 'KG');
    await addAgency(1, 'Ministry of Health', { role: 'health' });
    await addAgency(2, 'Academy of Sciences');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      horizon: 5,
      roster: [
        { name: 'Ministry of Health', role: 'health' },
        { name: 'Academy of Sciences', role: '' },
      ],
    });
  });

  it('says at the field, and above the form, why it refuses: here an over-long acronym', async () => {
    const onSubmit = renderForm();
    await userEvent.type(screen.getByLabelText('Title'), 'NAQ 2026');
    await userEvent.selectOptions(screen.getByLabelText('Country'), 'KG');
    await addAgency(1, 'State Committee', { acronym: 'S'.repeat(41) });
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Not saved yet: 1 field needs attention.');
    expect(summary).toHaveTextContent('An acronym has at most 40 characters.');
    const row = within(screen.getByRole('group', { name: 'Agency 1' }));
    expect(row.getByLabelText('Acronym')).toHaveAttribute('aria-invalid', 'true');
    expect(row.getByText('An acronym has at most 40 characters.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says when the values could not be stored, and keeps them', async () => {
    const onSubmit = vi.fn(() => Promise.reject(new Error('the disk is full')));
    render(
      <AssessmentForm
        questionnaires={available}
        initial={{ ...profileOf(makeAssessment()), questionnaireKey: 'test-full@2.1.0' }}
        submitLabel="Save"
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: the disk is full.');
    expect(screen.getByLabelText('Title')).toHaveValue(makeAssessment().title);
  });

  it('edits a stored assessment, whose record has more fields than the form', async () => {
    const stored = makeAssessment({ horizon: 1 });
    const onSubmit = renderForm({ ...profileOf(stored), questionnaireKey: 'test-full@2.1.0' });
    expect(screen.getByLabelText('1 year (operational plan)')).toBeChecked();
    await userEvent.click(screen.getByLabelText('5 years (strategic plan)'));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ horizon: 5, title: stored.title });
  });
});
