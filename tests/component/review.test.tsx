import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PriorityRow } from '../../src/domain/scoring/prioritise';
import { AreaLevelsChart } from '../../src/ui/area-levels-chart';
import { DecisionForm } from '../../src/features/review/decision-form';
import { RiskMatrix } from '../../src/features/review/risk-matrix';
import { ExplanationPanel } from '../../src/features/review/explanation-panel';
import { ScenarioPanel } from '../../src/features/review/scenario-panel';
import { AreaTargets } from '../../src/features/review/area-targets';
import { PriorityChart } from '../../src/features/review/priority-chart';
import type { Scenario } from '../../src/domain/scoring/risk';
import { loadScreenWords } from '../../src/i18n/i18n';

// These screens' words load with them (a chunk of their own), as in the app.
await loadScreenWords();

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
    targetSource: 'horizon',
    gap: 3,
    risk: {
      source: 'linked',
      value: 8,
      scenarios: ['rsk.sc-theft'],
      unrated: ['rsk.sc-insider'],
      considered: ['rsk.sc-theft', 'rsk.sc-insider'],
      rule: 'max',
    },
    weight: 1.5,
    obligations: ['BWC'],
    obligationFactor: 1,
    dependents: ['bsc.access', 'bsc.transfer'],
    dependencyFactor: 1.2,
    actions: 3,
    costBand: '50k-250k',
    months: 30,
    beyondHorizon: false,
    feasibilityFactor: 1.1,
    score: 47.52,
    rank: 4,
    computedTier: 'high',
    tierReason: 'budget',
    budget: { by: 'actions', own: 3, before: 9 },
    thresholds: { high: 75, medium: 40 },
  },
};

const scenarios: Scenario[] = [
  { questionId: 'rsk.sc-theft', hazard: 'B', rating: { likelihood: 2, impact: 4 }, rerated: false },
  { questionId: 'rsk.sc-insider', hazard: 'B', rerated: false },
];
const names = {
  scenario: (id: string) =>
    ({ 'rsk.sc-theft': 'Theft of a pathogen', 'rsk.sc-insider': 'Insider at a BSL-3' })[id] ?? id,
  area: (id: string) => id.toUpperCase(),
};

describe('ExplanationPanel', () => {
  it('shows every factor of the formula with its value, and the stability of the rank', () => {
    render(
      <ExplanationPanel
        row={row}
        names={names}
        codeOf={(id) => id.replace('bsc.', 'BSC.')}
        scenarios={scenarios}
        stability={{
          questionId: row.questionId,
          rank: 4,
          best: 3,
          worst: 9,
          tier: 'high',
          tiers: ['high', 'medium'],
          tierChanges: true,
          movers: [{ kind: 'likelihood', scenarioId: 'rsk.sc-theft', step: -1 }],
        }}
        entries={[]}
        onDecide={() => Promise.resolve()}
      />,
    );
    expect(screen.getByTestId('risk-factor')).toHaveTextContent(
      '8, the highest rated scenario: Theft of a pathogen — from the scenarios it mitigates Not rated yet: Insider at a BSL-3.',
    );
    expect(
      screen.getByText('2 indicators build on it (BSC.access, BSC.transfer): × 1.2'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('3 actions, costliest 50k–250k EUR, 30 months one after another: × 1.1'),
    ).toBeInTheDocument();
    expect(screen.getByText(/3 × 8 × 1.5 × 1 × 1.2 × 1.1 = 47.52/)).toBeInTheDocument();
    expect(screen.getByTestId('tier-reason')).toHaveTextContent(
      '(rank 4: its 3 after 9 already in the plan’s budget)',
    );
    expect(screen.getByTestId('stability')).toHaveTextContent(
      'rank 4; from 3 to 9 when each factor varies by ±25% and each scenario rating by one step. Its tier may change: High / Medium. Moved by: likelihood of “Theft of a pathogen” one step lower.',
    );
  });

  it('records the scenarios that drive the risk, with a reason', async () => {
    const onDecide = vi.fn(() => Promise.resolve());
    render(
      <ExplanationPanel
        row={row}
        names={names}
        codeOf={(id) => id}
        scenarios={scenarios}
        entries={[]}
        onDecide={onDecide}
      />,
    );
    await userEvent.click(screen.getByText('Scenarios that drive its risk'));
    await userEvent.click(screen.getByLabelText(/Insider at a BSL-3/));
    await userEvent.click(screen.getByRole('button', { name: 'Record the scenarios' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write the reason for this change');
    await userEvent.type(
      screen.getByLabelText('Reason (required)'),
      'The insider scenario is rated elsewhere',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record the scenarios' }));
    expect(onDecide).toHaveBeenCalledWith({
      kind: 'scenarioLinks',
      indicatorId: 'bsc.personnel',
      from: null,
      to: ['rsk.sc-theft'],
      reason: 'The insider scenario is rated elsewhere',
    });
  });
});

describe('ScenarioPanel and AreaTargets', () => {
  it('re-rates a scenario only with a reason, showing the answers’ rating beside it', async () => {
    const onDecide = vi.fn(() => Promise.resolve());
    render(
      <ScenarioPanel
        scenarios={[
          {
            ...scenarios[0]!,
            rating: { likelihood: 4, impact: 4 },
            answered: { likelihood: 2, impact: 4 },
            rerated: true,
          },
          scenarios[1]!,
        ]}
        drives={new Map([['rsk.sc-theft', 5]])}
        title={names.scenario}
        onDecide={onDecide}
      />,
    );
    const rows = screen.getAllByTestId('scenario-row');
    expect(rows[0]).toHaveTextContent(
      'Theft of a pathogen · Biologicallikelihood 4 × impact 4 = 16 (re-rated by a reviewer)likelihood 2 × impact 4 = 85',
    );
    expect(rows[1]).toHaveTextContent('not rated');
    await userEvent.selectOptions(screen.getByLabelText('Likelihood'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Re-rate the scenario' }));
    expect(onDecide).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Reason (required)'), 'Two incidents in 2025');
    await userEvent.click(screen.getByRole('button', { name: 'Re-rate the scenario' }));
    expect(onDecide).toHaveBeenCalledWith({
      kind: 'scenarioRating',
      scenarioId: 'rsk.sc-theft',
      from: { likelihood: 4, impact: 4 },
      to: { likelihood: 5, impact: 4 },
      reason: 'Two incidents in 2025',
    });
  });

  it('shows what an area’s target costs and records a new target with a reason', async () => {
    const onDecide = vi.fn(() => Promise.resolve());
    render(
      <AreaTargets
        areas={[
          {
            areaId: 'bsf',
            indicators: 4,
            actions: 9,
            high: 3,
            byTier: { high: 3, medium: 4, low: 2 },
            costLow: 450_000,
            costHigh: 2_250_000,
          },
          {
            areaId: 'rn',
            indicators: 2,
            actions: 3,
            high: 0,
            byTier: { high: 0, medium: 0, low: 3 },
            costLow: 1_300_000,
          },
        ]}
        title={names.area}
        horizon={5}
        onDecide={onDecide}
      />,
    );
    const [bsf, rn] = screen.getAllByTestId('area-effort');
    expect(bsf).toHaveTextContent('BSFby the horizon rule49, of them High: 30.45–2.25');
    expect(rn).toHaveTextContent('at least 1.3');
    await userEvent.selectOptions(screen.getByLabelText('Target level'), '3');
    await userEvent.type(
      screen.getByLabelText('Reason (required)'),
      'Level 4 needs a BSL-3 the budget lacks',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Set the area’s target' }));
    expect(onDecide).toHaveBeenCalledWith({
      kind: 'areaTarget',
      areaId: 'bsf',
      from: null,
      to: 3,
      reason: 'Level 4 needs a BSL-3 the budget lacks',
    });
  });
});

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
  it('draw recommended actions by area and tier, with a table alternative', () => {
    render(
      <PriorityChart
        areas={[
          { areaId: 'bsf', label: 'BSF Biosafety', byTier: { high: 3, medium: 4, low: 2 } },
          { areaId: 'int', label: 'INT International', byTier: { high: 0, medium: 0, low: 0 } },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: /Recommended actions by area and tier/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['AreaHighMediumLow', 'BSF Biosafety342']);
  });

  it('draw capacity by area as an SVG image with a table alternative', () => {
    render(
      <AreaLevelsChart
        bars={[
          { code: 'BSF', title: 'Biosafety', current: 2.4, target: 4 },
          { code: 'INT', title: 'International', current: undefined, target: undefined },
        ]}
        words={{
          title: 'Capacity by area',
          desc: 'Mean current level and mean target',
          legend: 'Dark bar: current; dashed box: target',
          current: 'Mean current level',
          target: 'Mean target',
        }}
      />,
    );
    expect(screen.getByRole('img', { name: /Capacity by area/ })).toBeInTheDocument();
    // Area names beside the bars, not only codes, and a titled axis.
    expect(screen.getByText('BSF Biosafety', { selector: 'text' })).toBeInTheDocument();
    expect(screen.getByText('capacity level (1–5)')).toBeInTheDocument();
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
    expect(screen.getByText('Impact →')).toBeInTheDocument();
    expect(screen.getByText('Likelihood →')).toBeInTheDocument();
    expect(
      screen.getByText(/Anthrax outbreak — Biological, likelihood 5 × impact 3 = 15/),
    ).toBeInTheDocument();
  });
});
