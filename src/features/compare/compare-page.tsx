import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import type { Comparison, IndicatorChange } from '../../domain/monitoring/compare';
import type { QuestionnaireIndex } from '../../domain/questionnaire/questionnaire-index';
import type { Area } from '../../domain/questionnaire/schema';
import { formatDecimal, formatIsoDate } from '../../i18n/format';
import { comparable, loadComparison } from '../../services/comparison';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { useLive } from '../../storage/store';
import { AreaLevelsChart } from '../../ui/area-levels-chart';
import { AssessmentGate } from '../../ui/assessment-gate';
import { useStore } from '../../ui/store-context';
import { usePromise } from '../../ui/use-promise';
import { useText } from '../../ui/use-text';
import { ScreenHelp } from '../../ui/screen-help';

export interface CompareLinks {
  fill: string;
  plan: string;
}

/** Two assessments of one country side by side: per area and per indicator, level then and now. */
export function ComparePage({ assessmentId, links }: { assessmentId: string; links: CompareLinks }) {
  return (
    <AssessmentGate assessmentId={assessmentId}>
      {(assessment, available) => <Compare later={assessment} available={available} links={links} />}
    </AssessmentGate>
  );
}

function Compare({
  later,
  available,
  links,
}: {
  later: Assessment;
  available: AvailableQuestionnaire;
  links: CompareLinks;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const listed = useLive(() => store.assessments.list(), [store]);
  const candidates = listed ? comparable(listed.assessments, later) : [];
  const [chosen, setChosen] = useState<string>();
  const earlierId = chosen ?? candidates[0]?.id;
  const [now] = useState(() => Date.now());
  const loaded = usePromise(
    () => (earlierId ? loadComparison(store, later, available, earlierId, now) : Promise.resolve(undefined)),
    [earlierId, later.updatedAt],
  );
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare.heading', { title: later.title })}</h2>
      <ScreenHelp screen="compare" />
      <p className="muted">
        <a href={links.fill}>{t('compare.toFill')}</a> · <a href={links.plan}>{t('compare.toPlan')}</a>
      </p>
      {listed && candidates.length === 0 && <p>{t('compare.none')}</p>}
      {candidates.length > 0 && (
        <p>
          <label>
            {t('compare.with')}{' '}
            <select value={earlierId} onChange={(e) => setChosen(e.target.value)}>
              {candidates.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      {loaded.status === 'pending' && <p role="status">{t('common.loading')}</p>}
      {loaded.status === 'error' && (
        <p role="alert">{loaded.error instanceof Error ? loaded.error.message : String(loaded.error)}</p>
      )}
      {loaded.status === 'done' && typeof loaded.value === 'string' && (
        <p role="alert">{t(`compare.problem.${loaded.value}`)}</p>
      )}
      {loaded.status === 'done' && typeof loaded.value === 'object' && (
        <ComparisonView
          comparison={loaded.value.comparison}
          earlierTitle={loaded.value.earlier.title}
          index={available.index}
          earlierIndex={loaded.value.earlierAvailable.index}
          areas={[...available.questionnaire.areas, ...loaded.value.earlierAvailable.questionnaire.areas]}
          defaultLanguage={available.questionnaire.defaultLanguage}
        />
      )}
    </section>
  );
}

function ComparisonView({
  comparison,
  earlierTitle,
  index,
  earlierIndex,
  areas,
  defaultLanguage,
}: {
  areas: readonly Area[];
  comparison: Comparison;
  earlierTitle: string;
  index: QuestionnaireIndex;
  earlierIndex: QuestionnaireIndex;
  defaultLanguage: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const text = useText(defaultLanguage);
  const [changedOnly, setChangedOnly] = useState(true);
  const level = (n: number | null) => (n === null ? '—' : formatDecimal(n, language));
  const change = (n: number | null) =>
    n === null ? '—' : n > 0 ? `+${formatDecimal(n, language)}` : formatDecimal(n, language);
  const areaOf = (id: string) => areas.find((a) => a.id === id);
  const questionOf = (id: string) => index.byId.get(id)?.question ?? earlierIndex.byId.get(id)?.question;
  const dates = {
    before: formatIsoDate(comparison.before, language),
    after: formatIsoDate(comparison.after, language),
  };
  const { summary } = comparison;
  const rows = comparison.indicators.filter(
    (i) => !changedOnly || i.presence !== 'both' || (i.change !== null && i.change !== 0),
  );
  const indicatorLabel = (i: IndicatorChange) => {
    const q = questionOf(i.questionId);
    return q ? `${q.code ?? q.id} ${text(q.title)}` : i.questionId;
  };
  return (
    <>
      <p data-testid="compare-summary">
        {t('compare.summary', { earlier: earlierTitle, ...dates, ...summary })}
      </p>
      <AreaLevelsChart
        bars={comparison.areas.map((a) => {
          const area = areaOf(a.areaId);
          return {
            code: area?.code ?? a.areaId,
            title: area ? text(area.title) : a.areaId,
            current: a.after ?? undefined,
            target: a.before ?? undefined,
          };
        })}
        words={{
          title: t('compare.chart', dates),
          desc: t('compare.chartDesc', dates),
          legend: t('compare.legend', dates),
          current: t('compare.now', dates),
          target: t('compare.then', dates),
        }}
      />
      <table className="data-table" data-testid="compare-areas">
        <caption>{t('compare.byArea')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.area')}</th>
            <th scope="col">{t('compare.then', dates)}</th>
            <th scope="col">{t('compare.now', dates)}</th>
            <th scope="col">{t('compare.change')}</th>
            <th scope="col">{t('compare.improved')}</th>
            <th scope="col">{t('compare.worse')}</th>
            <th scope="col">{t('compare.same')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.areas.map((a) => {
            const area = areaOf(a.areaId);
            return (
              <tr key={a.areaId}>
                <th scope="row">{area ? `${area.code ?? ''} ${text(area.title)}`.trim() : a.areaId}</th>
                <td>{level(a.before)}</td>
                <td>{level(a.after)}</td>
                <td>{change(a.change)}</td>
                <td>{a.improved}</td>
                <td>{a.worse}</td>
                <td>{a.same}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <label>
          <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />{' '}
          {t('compare.changedOnly')}
        </label>
      </p>
      <table className="data-table" data-testid="compare-indicators">
        <caption>{t('compare.byIndicator')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.indicator')}</th>
            <th scope="col">{t('compare.then', dates)}</th>
            <th scope="col">{t('compare.now', dates)}</th>
            <th scope="col">{t('compare.change')}</th>
            <th scope="col">{t('compare.actionsDone')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5}>{t('compare.noChange')}</td>
            </tr>
          )}
          {rows.map((i) => (
            <tr key={i.questionId}>
              <th scope="row">
                {indicatorLabel(i)}
                {i.presence !== 'both' && <span className="tag">{t(`compare.presence.${i.presence}`)}</span>}
              </th>
              <td>{level(i.before)}</td>
              <td>{level(i.after)}</td>
              <td>{change(i.change)}</td>
              <td>{i.actionsDone.join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
