import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeAnswer } from '../builders/assessment';
import { renderArea } from '../builders/fill';
import { fullFeature } from '../builders/questionnaire';

const q = fullFeature();
const section = (id: string) => document.getElementById(`q-${id}`)!;
// The ops area shows once bio.authority is answered.
const opsShown = [makeAnswer({ questionId: 'bio.authority', value: 2 })];

describe('each question kind renders, takes input and reports errors', () => {
  it('capacity: five described levels as radio buttons; required error until chosen', async () => {
    const { session } = renderArea(q, 'bio');
    const group = within(section('bio.authority')).getByRole('radiogroup');
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: 'Check this area for problems' }));
    expect(await within(section('bio.authority')).findByRole('alert')).toHaveTextContent(
      'An answer is required',
    );
    await userEvent.click(within(group).getByLabelText(/Authority designated by decree/));
    await waitFor(() => expect(session.get('bio.authority')).toEqual({ value: 3 }));
    await waitFor(() => expect(within(section('bio.authority')).queryByRole('alert')).toBeNull());
  });

  it('yes/partly/no: shows the conditional group', async () => {
    const { session } = renderArea(q, 'bio');
    expect(document.getElementById('q-bio.labs')).toBeNull();
    await userEvent.click(within(section('bio.has-bsl3')).getByLabelText('Partly'));
    await waitFor(() => expect(session.get('bio.has-bsl3')).toEqual({ value: 'partly' }));
    expect(await screen.findByText('High-containment laboratories')).toBeInTheDocument();
  });

  it('single and multiple choice', async () => {
    const { session } = renderArea(q, 'bio', [makeAnswer({ questionId: 'bio.has-bsl3', value: 'yes' })]);
    await userEvent.click(within(section('bio.inventory')).getByLabelText('Electronic, audited'));
    await waitFor(() => expect(session.get('bio.inventory')?.value).toBe('electronic'));
    const treaties = within(section('bio.treaties'));
    await userEvent.click(treaties.getByLabelText('NPT'));
    await userEvent.click(treaties.getByLabelText('BWC'));
    await waitFor(() => expect(session.get('bio.treaties')?.value).toEqual(['bwc', 'npt']));
    await userEvent.click(treaties.getByLabelText('BWC'));
    await userEvent.click(treaties.getByLabelText('NPT'));
    // Emptied again, an optional multiple choice is unanswered, not invalid.
    await waitFor(() => expect(session.get('bio.treaties')?.value).toEqual([]));
    expect(treaties.queryByRole('alert')).toBeNull();
  });

  it('table: adds rows, types cells, flags a missing required cell, removes rows', async () => {
    const { session } = renderArea(q, 'bio', [makeAnswer({ questionId: 'bio.has-bsl3', value: 'yes' })]);
    const labs = within(section('bio.labs'));
    await userEvent.click(labs.getByRole('button', { name: 'Add a laboratory' }));
    await userEvent.type(labs.getByLabelText('Staff — laboratory 1'), '7');
    expect(await labs.findByRole('alert')).toHaveTextContent('Row 1, Name: An answer is required');
    await userEvent.type(labs.getByLabelText('Name — laboratory 1'), 'NRL');
    await userEvent.selectOptions(labs.getByLabelText('Owner — laboratory 1'), 'moh');
    await waitFor(() =>
      expect((session.get('bio.labs')?.value as { cells: Record<string, unknown> }[])[0]!.cells).toEqual({
        staff: 7,
        name: 'NRL',
        owner: 'moh',
      }),
    );
    await userEvent.click(labs.getByRole('button', { name: 'Remove laboratory 1' }));
    await waitFor(() => expect(session.get('bio.labs')?.value).toEqual([]));
  });

  it('date: range errors in the app language', async () => {
    renderArea(q, 'bio', [makeAnswer({ questionId: 'bio.treaties', value: ['bwc'] })]);
    const input = section('bio.bwc-date').querySelector('input')!;
    await userEvent.type(input, '01/01/1960');
    expect(await within(section('bio.bwc-date')).findByRole('alert')).toHaveTextContent(
      'Must be at least 10/04/1972.',
    );
  });

  it('number: whole numbers within the range, with its unit', async () => {
    const { session } = renderArea(q, 'ops', opsShown);
    const staff = within(section('ops.staff'));
    expect(staff.getByText('people')).toBeInTheDocument();
    await userEvent.type(staff.getByRole('spinbutton'), '2.5');
    expect(await staff.findByRole('alert')).toHaveTextContent('Enter a whole number.');
    await userEvent.clear(staff.getByRole('spinbutton'));
    await waitFor(() => expect(session.get('ops.staff')?.value).toBeUndefined());
  });

  it('short text: the file’s own pattern message', async () => {
    const { session } = renderArea(q, 'ops', [
      ...opsShown,
      makeAnswer({ questionId: 'ops.staff', value: 20 }),
    ]);
    const code = within(section('ops.code'));
    await userEvent.type(code.getAllByRole('textbox')[0]!, 'x1');
    expect(await code.findByRole('alert')).toHaveTextContent('Use the form AB-123.');
    await waitFor(() => expect(session.get('ops.code')?.value).toBe('x1'));
  });

  it('long text, with comment and evidence', async () => {
    const { session } = renderArea(q, 'ops', [
      ...opsShown,
      makeAnswer({ questionId: 'ops.staff', value: 3 }),
    ]);
    const notes = within(section('ops.notes'));
    await userEvent.type(notes.getAllByRole('textbox')[0]!, 'Line one');
    await userEvent.click(notes.getByText(/Comment and evidence/));
    await userEvent.type(notes.getByLabelText('Evidence'), 'Order 5 of 2024');
    await waitFor(() =>
      expect(session.get('ops.notes')).toEqual({ value: 'Line one', evidence: 'Order 5 of 2024' }),
    );
  });

  it('agency: one from the roster, or several', async () => {
    const { session } = renderArea(q, 'ops', opsShown);
    await userEvent.selectOptions(within(section('ops.lead')).getByRole('combobox'), 'customs');
    await waitFor(() => expect(session.get('ops.lead')?.value).toBe('customs'));
    await userEvent.click(within(section('ops.support')).getByLabelText('Ministry of Health (MoH)'));
    await waitFor(() => expect(session.get('ops.support')?.value).toEqual(['moh']));
  });

  it('risk: likelihood and impact give the score; half a rating is flagged', async () => {
    const { session } = renderArea(q, 'ops', opsShown);
    const risk = within(section('ops.risk-lab'));
    await userEvent.selectOptions(risk.getByLabelText('Likelihood'), '4');
    expect(await risk.findByRole('alert')).toHaveTextContent('Rate both likelihood and impact.');
    await userEvent.selectOptions(risk.getByLabelText('Impact'), '5');
    expect(risk.getByText('Risk 20 of 25')).toBeInTheDocument();
    await waitFor(() => expect(session.get('ops.risk-lab')?.value).toEqual({ likelihood: 4, impact: 5 }));
  });

  it('"don\'t know" keeps the value but disables the input; "not applicable" only where allowed', async () => {
    const { session } = renderArea(q, 'bio', [makeAnswer({ questionId: 'bio.authority', value: 2 })]);
    const authority = within(section('bio.authority'));
    expect(authority.queryByLabelText('Not applicable')).toBeNull();
    await userEvent.click(authority.getByLabelText("Don't know"));
    await waitFor(() => expect(session.get('bio.authority')).toEqual({ value: 2, special: 'dontKnow' }));
    expect(authority.getByLabelText(/Informal focal point/)).toBeDisabled();
    expect(within(section('bio.has-bsl3')).getByLabelText('Not applicable')).toBeInTheDocument();
  });
});
