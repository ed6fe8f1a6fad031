import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { HAZARDS } from '../../domain/questionnaire/vocabulary';
import { TIERS } from '../../domain/scoring/config';
import { REVIEW_STATES, type ReviewState } from '../../domain/scoring/review';
import { AssessmentGate } from '../../ui/assessment-gate';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { useLive } from '../../storage/store';
import { AreaLevelsChart } from '../../ui/area-levels-chart';
import type { NewEntry } from './decision-form';
import { FormulaPanel } from './formula-panel';
import { LogList } from './log-list';
import { PriorityList } from './priority-list';
import { RiskMatrix } from './risk-matrix';
import { ScenarioPanel } from './scenario-panel';
import { AreaTargets } from './area-targets';
import { PriorityChart } from './priority-chart';
import { useReviewData } from './use-review-data';
import { useText } from '../../ui/use-text';
import { ScreenHelp } from '../../ui/screen-help';

export interface ReviewLinks {
  fill: string;
  settings: string;
  plan: string;
}

export function ReviewPage({ assessmentId, links }: { assessmentId: string; links: ReviewLinks }) {
  return (
    <AssessmentGate assessmentId={assessmentId}>
      {(assessment, available) => <Review assessment={assessment} available={available} links={links} />}
    </AssessmentGate>
  );
}

function Review({
  assessment,
  available,
  links,
}: {
  assessment: Assessment;
  available: AvailableQuestionnaire;
  links: ReviewLinks;
}) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const settings = useLive(() => store.settings.get(), [store]);
  const { computed: data, error } = useReviewData(assessment, available);
  const [filters, setFilters] = useState({ area: '', hazard: '', tier: '', reviewed: '' });
  const { questionnaire, index } = available;
  const language = i18n.resolvedLanguage ?? 'en';
  const text = useText(questionnaire.defaultLanguage);

  const titleOf = useMemo(
    () => (id: string) => {
      const entry = index.byId.get(id)!;
      const q = entry.question;
      return {
        code: q.code ?? '',
        title: text(q.title),
        area: `${entry.area.code ?? ''} ${text(entry.area.title)}`.trim(),
        level: (n: number) =>
          q.kind === 'capacity'
            ? `${n} — ${text(q.levels.find((l) => l.level === n)!.descriptor)}`
            : String(n),
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- text depends on language only
    [index, language],
  );

  if (error) return <p role="alert">{t('storage.cannotOpen')}</p>;
  if (!data) return <p role="status">{t('common.loading')}</p>;

  const reviewer = settings?.reviewerName ?? '';
  const decide = async (entry: NewEntry) => {
    await store.review.append({
      ...entry,
      id: crypto.randomUUID(),
      assessmentId: assessment.id,
      at: Date.now(),
      reviewer,
    });
  };
  const rows = data.priorities.ranked.filter(
    (r) =>
      (!filters.area || r.areaId === filters.area) &&
      (!filters.hazard || r.hazards.includes(filters.hazard as never)) &&
      (!filters.tier || r.tier === filters.tier) &&
      (!filters.reviewed || (filters.reviewed === 'yes') === r.reviewed),
  );
  const counts = Object.fromEntries(
    TIERS.map((x) => [x, data.priorities.ranked.filter((r) => r.tier === x).length]),
  );
  const bars = questionnaire.areas.map((area) => {
    const summary = data.areas.find((a) => a.areaId === area.id)!;
    const targets = data.priorities.ranked
      .filter((r) => r.areaId === area.id)
      .map((r) => r.explanation.target);
    const atTarget = data.priorities.atTarget.filter((r) => r.areaId === area.id).map((r) => r.target ?? 0);
    const all = [...targets, ...atTarget];
    return {
      code: area.code ?? area.id,
      title: text(area.title),
      current: summary.mean,
      target: all.length ? all.reduce((a, b) => a + b, 0) / all.length : undefined,
    };
  });
  const scenarioTitle = (id: string) => {
    const q = index.byId.get(id)?.question;
    return q ? text(q.title) : id;
  };
  const areaTitle = (id: string) => {
    const area = questionnaire.areas.find((a) => a.id === id);
    return area ? `${area.code ?? ''} ${text(area.title)}`.trim() : id;
  };
  const names = { scenario: scenarioTitle, area: areaTitle };
  const drives = new Map<string, number>();
  for (const r of data.priorities.ranked)
    for (const id of r.explanation.risk.scenarios) drives.set(id, (drives.get(id) ?? 0) + 1);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) =>
    setFilters({ ...filters, [key]: e.target.value });

  return (
    <section aria-labelledby="review-heading" className="review">
      <div className="fill-header">
        <div>
          <h2 id="review-heading">{t('review.heading', { title: assessment.title })}</h2>
          <ScreenHelp screen="review" />
          <p className="muted">
            <a href={links.fill}>{t('review.backToAnswers')}</a> ·{' '}
            <a href={links.plan}>{t('review.toPlan')}</a> ·{' '}
            {t('review.counts', {
              high: counts.high,
              medium: counts.medium,
              low: counts.low,
              notAssessed: data.priorities.notAssessed.length,
            })}
          </p>
        </div>
        <label>
          {t('review.state')}
          <select
            value={data.review.state}
            onChange={(e) =>
              void decide({ kind: 'state', from: data.review.state, to: e.target.value as ReviewState })
            }
          >
            {REVIEW_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`reviewState.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!reviewer && (
        <p className="warning" role="note">
          {t('review.noReviewer')} <a href={links.settings}>{t('nav.settings')}</a>
        </p>
      )}
      <FormulaPanel
        config={data.review.config}
        budget={data.priorities.budget}
        onChange={(to, reason) => decide({ kind: 'config', from: data.review.config, to, reason })}
      />
      <div className="charts">
        <AreaLevelsChart
          bars={bars}
          words={{
            title: t('review.capacityChart'),
            desc: t('review.capacityChartDesc'),
            legend: t('review.capacityLegend'),
            current: t('review.meanCurrent'),
            target: t('review.meanTarget'),
          }}
        />
        <RiskMatrix
          scenarios={data.priorities.profile.map((s) => ({
            id: s.questionId,
            label: scenarioTitle(s.questionId),
            hazard: s.hazard,
            likelihood: s.likelihood,
            impact: s.impact,
          }))}
        />
      </div>
      <ScenarioPanel
        scenarios={data.priorities.scenarios}
        drives={drives}
        title={scenarioTitle}
        onDecide={decide}
      />
      <AreaTargets
        areas={data.priorities.areas}
        title={areaTitle}
        horizon={assessment.horizon}
        onDecide={decide}
      />
      <PriorityChart
        areas={data.priorities.areas.map((a) => ({
          areaId: a.areaId,
          label: areaTitle(a.areaId),
          byTier: a.byTier,
        }))}
      />
      <h3>{t('review.ranked')}</h3>
      <div className="filters" role="group" aria-label={t('review.filters')}>
        <label>
          {t('review.area')}
          <select value={filters.area} onChange={set('area')}>
            <option value="">{t('review.all')}</option>
            {questionnaire.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.code} {text(a.title)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.hazard')}
          <select value={filters.hazard} onChange={set('hazard')}>
            <option value="">{t('review.all')}</option>
            {HAZARDS.map((h) => (
              <option key={h} value={h}>
                {t(`hazard.${h}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.tier')}
          <select value={filters.tier} onChange={set('tier')}>
            <option value="">{t('review.all')}</option>
            {TIERS.map((x) => (
              <option key={x} value={x}>
                {t(`tier.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.reviewedCol')}
          <select value={filters.reviewed} onChange={set('reviewed')}>
            <option value="">{t('review.all')}</option>
            <option value="yes">{t('review.reviewedYes')}</option>
            <option value="no">{t('review.reviewedNo')}</option>
          </select>
        </label>
        <span role="status">
          {t('review.shown', { count: rows.length, total: data.priorities.ranked.length })}
        </span>
      </div>
      <PriorityList rows={rows} data={data} titleOf={titleOf} names={names} onDecide={decide} />
      <details>
        <summary>{t('review.notAssessed', { count: data.priorities.notAssessed.length })}</summary>
        <ul>
          {data.priorities.notAssessed.map((r) => (
            <li key={r.questionId}>
              {titleOf(r.questionId).code} {titleOf(r.questionId).title} —{' '}
              {t(`review.reason_${r.result.assessed ? 'unanswered' : r.result.reason}`)}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{t('review.fullLog', { count: data.log.length })}</summary>
        <LogList
          entries={data.log}
          names={names}
          titleOf={(id) => `${titleOf(id).code} ${titleOf(id).title}`}
        />
      </details>
    </section>
  );
}
