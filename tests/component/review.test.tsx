import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PriorityRow } from '../../src/domain/scoring/prioritise';
import { CapacityChart } from '../../src/features/review/capacity-chart';
import { DecisionForm } from '../../src/features/review/decision-form';
import { RiskMatrix } from '../../src/features/review/risk-matrix';
import { initI18n } from '../../src/i18n/i18n';

initI18n();

const row: PriorityRow = {
  questionId: 'bsc.personnel',
  areaId: 'bsc',
  hazards: ['B'],
  tier: 'high',
  reviewed: false,
  explanation: {
    current: 1,
    computedTarget: 4,
    target: 4,
    gap: 3,
    risk: { value: 20, scenarios: ['rsk.sc-outbreak'], assumed: false, rule: 'max' },
    weight: 1.5,
    obligations: ['BWC'],
    obligationFactor: 1.25,
    score: 112.5,
    computedTier: 'high',
    thresholds: { high: 75, medium: 40 },
  },
};

describe('DecisionForm', () => {
  it('refuses a tier change without a reason, then records it with one', async () => {
    const onDecide = vi.fn(() => Promise.resolve());
    render(<DecisionForm row={row} onDecide={onDecide} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write the reason for this change');
    expect(onDecide).not.toHaveBeenCalled();
    await userEvent.selectOptions(screen.getByLabelText('New tier'), 'low');
    await userEvent.type(screen.getByLabelText('Reason (required)'), 'Covered by a donor project');
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(onDecide).toHaveBeenCalledWith({
      kind: 'tier',
      indicatorId: 'bsc.personnel',
      from: 'high',
      to: 'low',
      reason: 'Covered by a donor project',
    });
  });

  it('records a target change, and choosing the computed target withdraws the override', async () => {
    const onDecide = vi.fn(() => Promise.resolve());
    render(
      <DecisionForm row={{ ...row, explanation: { ...row.explanation, target: 3 } }} onDecide={onDecide} />,
    );
    await userEvent.click(screen.getByLabelText('Change the target'));
    await userEvent.selectOptions(screen.getByLabelText('New target level'), '4');
    await userEvent.type(screen.getByLabelText('Reason (required)'), 'Back to the standard target');
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(onDecide).toHaveBeenCalledWith({
      kind: 'target',
      indicatorId: 'bsc.personnel',
      from: 3,
      to: null,
      reason: 'Back to the standard target',
    });
  });

  it('accepts, marks reviewed and comments', async () => {
    const onDecide = vi.fn(() => Promise.resolve());
    render(<DecisionForm row={row} onDecide={onDecide} />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept as computed' }));
    await userEvent.click(screen.getByLabelText('Reviewed'));
    await userEvent.click(screen.getByLabelText('Comment'));
    await userEvent.type(screen.getByRole('textbox'), 'Ask the SCNS for numbers');
    await userEvent.click(screen.getByRole('button', { name: 'Add the comment' }));
    expect(onDecide.mock.calls.map((c) => (c as unknown[])[0])).toEqual([
      { kind: 'accept', indicatorId: 'bsc.personnel' },
      { kind: 'reviewed', indicatorId: 'bsc.personnel', reviewed: true },
      { kind: 'comment', indicatorId: 'bsc.personnel', text: 'Ask the SCNS for numbers' },
    ]);
  });
});

describe('charts', () => {
  it('draw capacity by area as an SVG image with a table alternative', () => {
    render(
      <CapacityChart
        bars={[
          { code: 'BSF', title: 'Biosafety', current: 2.4, target: 4 },
          { code: 'INT', title: 'International', current: undefined, target: undefined },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: /Capacity by area/ })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'BSF Biosafety' }).closest('tr')).toHaveTextContent(
      'BSF Biosafety2.44.0',
    );
    expect(
      within(table).getByRole('rowheader', { name: 'INT International' }).closest('tr'),
    ).toHaveTextContent('——');
  });

  it('place scenarios in the risk matrix and list them with their scores', () => {
    render(
      <RiskMatrix
        scenarios={[{ id: 's1', label: 'Anthrax outbreak', hazard: 'B', likelihood: 5, impact: 3 }]}
      />,
    );
    expect(screen.getByRole('img', { name: /Risk matrix/ })).toBeInTheDocument();
    expect(
      screen.getByText(/Anthrax outbreak — Biological, likelihood 5 × impact 3 = 15/),
    ).toBeInTheDocument();
  });
});
