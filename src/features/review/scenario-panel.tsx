import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../domain/scoring/risk';
import type { NewEntry } from './decision-form';
import { PickField, ReasonField, steps } from './form-fields';

/**
 * The scenarios with the rating in force, and a form to re-rate one (a reason is required). The
 * answers' rating stays visible beside a re-rating, as computed tiers do beside overridden ones.
 */
export function ScenarioPanel({
  scenarios,
  drives,
  title,
  onDecide,
}: {
  scenarios: Scenario[];
  /** How many ranked indicators each scenario drives now. */
  drives: Map<string, number>;
  title: (id: string) => string;
  onDecide: (entry: NewEntry) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.questionId ?? '');
  const current = scenarios.find((s) => s.questionId === scenarioId);
  const [likelihood, setLikelihood] = useState(current?.rating?.likelihood ?? 3);
  const [impact, setImpact] = useState(current?.rating?.impact ?? 3);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const choose = (id: string) => {
    setScenarioId(id);
    const s = scenarios.find((x) => x.questionId === id);
    setLikelihood(s?.rating?.likelihood ?? 3);
    setImpact(s?.rating?.impact ?? 3);
  };
  const submit = async (back: boolean) => {
    setProblem(undefined);
    if (!current) return;
    if (!reason.trim()) return setProblem(t('review.reasonRequired'));
    await onDecide({
      kind: 'scenarioRating',
      scenarioId,
      from: current.rerated ? (current.rating ?? null) : null,
      to: back ? null : { likelihood, impact },
      reason: reason.trim(),
    });
    setReason('');
  };
  if (scenarios.length === 0) return null;
  return (
    <section aria-labelledby="scenarios-heading" className="scenarios">
      <h3 id="scenarios-heading">{t('review.scenariosHeading')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('review.scenario')}</th>
            <th scope="col">{t('review.ratingInForce')}</th>
            <th scope="col">{t('review.ratingAnswered')}</th>
            <th scope="col">{t('review.drivesCol')}</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => {
            const answered = s.rerated ? s.answered : s.rating;
            return (
              <tr key={s.questionId} data-testid="scenario-row">
                <th scope="row">
                  {title(s.questionId)} <span className="muted">· {t(`hazard.${s.hazard}`)}</span>
                </th>
                <td>
                  {s.rating
                    ? t('review.lxi', {
                        likelihood: s.rating.likelihood,
                        impact: s.rating.impact,
                        score: s.rating.likelihood * s.rating.impact,
                      })
                    : t('review.unrated')}
                  {s.rerated && <span className="override"> {t('review.rerated')}</span>}
                </td>
                <td>
                  {answered
                    ? t('review.lxi', {
                        likelihood: answered.likelihood,
                        impact: answered.impact,
                        score: answered.likelihood * answered.impact,
                      })
                    : t('review.unrated')}
                </td>
                <td>{drives.get(s.questionId) ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form
        className="rerate-form"
        aria-label={t('review.rerate')}
        onSubmit={(ev) => {
          ev.preventDefault();
          void submit(false);
        }}
        noValidate
      >
        <PickField
          label={t('review.scenario')}
          value={scenarioId}
          options={scenarios.map((s) => ({ value: s.questionId, label: title(s.questionId) }))}
          onChange={choose}
        />
        <PickField
          label={t('review.likelihood')}
          value={likelihood}
          options={steps(1, 5)}
          onChange={(v) => setLikelihood(Number(v))}
        />
        <PickField
          label={t('review.impact')}
          value={impact}
          options={steps(1, 5)}
          onChange={(v) => setImpact(Number(v))}
        />
        <ReasonField value={reason} onChange={setReason} problem={problem} />
        <button type="submit">{t('review.rerate')}</button>{' '}
        {current?.rerated && (
          <button type="button" onClick={() => void submit(true)}>
            {t('review.rerateBack')}
          </button>
        )}
      </form>
    </section>
  );
}
