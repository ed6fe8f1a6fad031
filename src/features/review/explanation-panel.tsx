import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerRecord } from '../../domain/assessment/answer';
import type { PriorityRow } from '../../domain/scoring/prioritise';
import type { ReviewEntry } from '../../domain/scoring/review';
import type { Scenario } from '../../domain/scoring/risk';
import type { Perturbation, Stability } from '../../domain/scoring/sensitivity';
import type { EntryNames } from '../../i18n/review-entry-text';
import { LogList } from './log-list';
import { formatDateTime, formatNumber } from '../../i18n/format';
import type { NewEntry } from './decision-form';
import { ReasonField } from './form-fields';

interface Props {
  row: PriorityRow;
  answer?: AnswerRecord;
  levelText?: string;
  names: EntryNames;
  codeOf: (id: string) => string;
  scenarios: Scenario[];
  stability?: Stability;
  entries: ReviewEntry[];
  onDecide: (entry: NewEntry) => Promise<void>;
}

/** Why an indicator ranks where it does: each factor with its value, and the answer behind it. */
export function ExplanationPanel({
  row,
  answer,
  levelText,
  names,
  codeOf,
  scenarios,
  stability,
  entries,
  onDecide,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const n = (v: number) => formatNumber(v, language);
  const e = row.explanation;
  const list = (ids: string[]) => ids.map(names.scenario).join('; ');
  const budgetValue = (v: number) => (e.budget.by === 'actions' ? n(v) : t('review.eur', { value: n(v) }));
  return (
    <div className="explanation">
      <dl className="factors">
        <dt>{t('review.factor.gap')}</dt>
        <dd>
          {t('review.gapText', { target: e.target, current: e.current, gap: e.gap })}{' '}
          <span className="muted">{t(`review.targetSource.${e.targetSource}`)}</span>
          {row.targetOverride && (
            <span className="override"> {t('review.overriddenFrom', { value: e.computedTarget })}</span>
          )}
        </dd>
        <dt>{t('review.factor.risk')}</dt>
        <dd data-testid="risk-factor">
          {e.risk.source === 'notAssessed'
            ? t('review.riskNotAssessed', { scenarios: list(e.risk.unrated) || t('review.noScenario') })
            : t(e.risk.rule === 'max' ? 'review.riskMax' : 'review.riskMean', {
                value: e.risk.value,
                scenarios: list(e.risk.scenarios),
              })}{' '}
          {e.risk.source !== 'notAssessed' && (
            <span className="muted">{t(`review.riskSource.${e.risk.source}`)}</span>
          )}
          {e.risk.source !== 'notAssessed' && e.risk.unrated.length > 0 && (
            <span className="muted"> {t('review.riskUnrated', { scenarios: list(e.risk.unrated) })}</span>
          )}
          {row.linksOverride && (
            <span className="override">
              {' '}
              {t('review.linksOverridden', {
                reviewer: row.linksOverride.reviewer,
                reason: row.linksOverride.reason,
              })}
            </span>
          )}
        </dd>
        <dt>{t('review.factor.weight')}</dt>
        <dd>× {n(e.weight)}</dd>
        <dt>{t('review.factor.obligation')}</dt>
        <dd>
          {e.obligations.length
            ? t('review.obligationYes', {
                instruments: e.obligations.map((o) => t(`obligation.${o}`)).join(', '),
                factor: e.obligationFactor,
              })
            : t('review.obligationNo')}
        </dd>
        <dt>{t('review.factor.dependency')}</dt>
        <dd>
          {e.dependents.length
            ? t('review.dependencyYes', {
                count: e.dependents.length,
                indicators: e.dependents.map(codeOf).join(', '),
                factor: e.dependencyFactor,
              })
            : t('review.dependencyNo')}
        </dd>
        <dt>{t('review.factor.feasibility')}</dt>
        <dd>
          {e.costBand
            ? t(e.beyondHorizon ? 'review.feasibilityBeyond' : 'review.feasibilityText', {
                count: e.actions,
                band: t(`report.cost.${e.costBand}`),
                months: e.months,
                factor: e.feasibilityFactor,
              })
            : t('review.feasibilityNone')}
        </dd>
        <dt>{t('review.factor.score')}</dt>
        <dd>
          {e.risk.source === 'notAssessed'
            ? t('review.scoreNotAssessed')
            : t('review.scoreText', {
                gap: e.gap,
                risk: e.risk.value,
                weight: e.weight,
                obligation: e.obligationFactor,
                dependency: e.dependencyFactor,
                feasibility: e.feasibilityFactor,
                score: e.score,
              })}{' '}
          → {t(`tier.${e.computedTier}`)}{' '}
          <span data-testid="tier-reason">
            {e.tierReason === 'threshold'
              ? t('review.thresholdText', { high: e.thresholds.high, medium: e.thresholds.medium })
              : t(`review.tierReason.${e.tierReason}`, {
                  rank: e.rank,
                  own: budgetValue(e.budget.own),
                  before: budgetValue(e.budget.before),
                })}
          </span>
          {row.tierOverride && (
            <span className="override">
              {' '}
              {t('review.tierOverridden', {
                tier: t(`tier.${row.tier}`),
                reason: row.tierOverride.reason,
                reviewer: row.tierOverride.reviewer,
              })}
            </span>
          )}
        </dd>
        {stability && (
          <>
            <dt>{t('review.factor.stability')}</dt>
            <dd data-testid="stability">
              <StabilityText stability={stability} names={names} />
            </dd>
          </>
        )}
      </dl>
      <RiskDrivers row={row} scenarios={scenarios} names={names} onDecide={onDecide} />
      <div className="answer-behind">
        <h4>{t('review.answer')}</h4>
        <p>{levelText ?? '—'}</p>
        {answer?.comment && <p>{t('review.answerComment', { text: answer.comment })}</p>}
        {answer?.evidence && <p>{t('review.answerEvidence', { text: answer.evidence })}</p>}
        {answer && (
          <p className="muted">
            {t('review.answeredBy', {
              author: answer.author || '—',
              date: formatDateTime(answer.updatedAt, language),
            })}
          </p>
        )}
      </div>
      {entries.length > 0 && (
        <>
          <h4>{t('review.history')}</h4>
          <LogList entries={entries} names={names} />
        </>
      )}
    </div>
  );
}

export function perturbationText(
  t: ReturnType<typeof useTranslation>['t'],
  p: Perturbation,
  names: Pick<EntryNames, 'scenario'>,
): string {
  switch (p.kind) {
    case 'weight':
    case 'obligation':
    case 'dependency':
      return t(`review.sweep.${p.kind}`, { factor: p.factor });
    case 'feasibility':
      return t('review.sweep.feasibility', { band: t(`report.cost.${p.band}`), factor: p.factor });
    case 'likelihood':
    case 'impact':
      return t(`review.sweep.${p.kind}${p.step > 0 ? 'Up' : 'Down'}`, {
        scenario: names.scenario(p.scenarioId),
      });
  }
}

function StabilityText({ stability: s, names }: { stability: Stability; names: EntryNames }) {
  const { t } = useTranslation();
  return (
    <>
      {t('review.stabilityRank', { rank: s.rank, best: s.best, worst: s.worst })}{' '}
      {s.tierChanges ? (
        <strong className="sensitive">
          {t('review.stabilityTiers', { tiers: s.tiers.map((x) => t(`tier.${x}`)).join(' / ') })}{' '}
          {t('review.stabilityMovers', {
            changes: s.movers
              .slice(0, 6)
              .map((p) => perturbationText(t, p, names))
              .join('; '),
            count: s.movers.length,
          })}
        </strong>
      ) : (
        t('review.stabilityKept', { tier: t(`tier.${s.tier}`) })
      )}
    </>
  );
}

/** A reviewer chooses which scenarios drive the indicator's risk (a reason is required). */
function RiskDrivers({
  row,
  scenarios,
  names,
  onDecide,
}: {
  row: PriorityRow;
  scenarios: Scenario[];
  names: EntryNames;
  onDecide: (entry: NewEntry) => Promise<void>;
}) {
  const { t } = useTranslation();
  const considered = row.explanation.risk.considered;
  const [chosen, setChosen] = useState<string[]>(considered);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = async (to: string[] | null) => {
    setProblem(undefined);
    if (!reason.trim()) return setProblem(t('review.reasonRequired'));
    if (to && to.length === 0) return setProblem(t('review.driversNone'));
    await onDecide({
      kind: 'scenarioLinks',
      indicatorId: row.questionId,
      from: row.linksOverride?.value ?? null,
      to,
      reason: reason.trim(),
    });
    setReason('');
  };
  return (
    <details className="drivers">
      <summary>{t('review.drivers')}</summary>
      <form
        aria-label={t('review.drivers')}
        onSubmit={(ev) => {
          ev.preventDefault();
          void submit(chosen);
        }}
        noValidate
      >
        <fieldset>
          <legend>{t('review.driversLegend')}</legend>
          {scenarios.map((s) => (
            <label key={s.questionId} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(s.questionId)}
                onChange={(ev) =>
                  setChosen(
                    ev.target.checked
                      ? [...chosen, s.questionId]
                      : chosen.filter((id) => id !== s.questionId),
                  )
                }
              />{' '}
              {names.scenario(s.questionId)}{' '}
              <span className="muted">
                {s.rating
                  ? `${s.rating.likelihood} × ${s.rating.impact} = ${s.rating.likelihood * s.rating.impact}`
                  : t('review.unrated')}
              </span>
            </label>
          ))}
        </fieldset>
        <ReasonField value={reason} onChange={setReason} problem={problem} />
        <button type="submit">{t('review.driversSave')}</button>{' '}
        {row.linksOverride && (
          <button type="button" onClick={() => void submit(null)}>
            {t('review.driversReset')}
          </button>
        )}
      </form>
    </details>
  );
}
