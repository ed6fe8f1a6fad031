import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { adoptPlan, planChanges, type AdoptedPlan } from '../../domain/monitoring/adopted-plan';
import { isoDay } from '../../domain/validation/today';
import { formatIsoDate } from '../../i18n/format';
import { authorStamp } from '../../storage/settings-repo';
import { useLive } from '../../storage/store';
import { DateField } from '../../ui/date-field';
import { useStore } from '../../ui/store-context';
import type { PlanData } from './use-plan-data';

/**
 * Adopting the draft: the adopting body, the day and the decision freeze it as the next version.
 * Once one version is adopted, the panel lists what the draft changes against it (the next version's
 * change list) and links to monitoring.
 */
export function AdoptPanel({
  assessment,
  data,
  monitorHref,
}: {
  assessment: Assessment;
  data: PlanData;
  monitorHref: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const store = useStore();
  const records = useLive(() => store.monitoring.list(assessment.id), [store, assessment.id]);
  const [today] = useState(() => isoDay(Date.now()));
  const [adoptedOn, setAdoptedOn] = useState<string | undefined>(today);
  const [adoptedBy, setAdoptedBy] = useState('');
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string>();
  if (!records) return null;
  const versions = records.adopted;
  const last: AdoptedPlan | undefined = versions.at(-1);
  // The draft frozen as it would be adopted, only to compare its actions with the last version.
  const draft = (earlier: AdoptedPlan[]) =>
    adoptPlan(assessment.id, data.plan, data.structure.objectives, data.edits.openBandHigh, earlier, {
      adoptedOn: today,
      adoptedBy: '-',
      author: '',
      now: 0,
    });
  const changes = last ? planChanges(last, draft(versions)) : [];
  const adopt = async () => {
    setProblem(undefined);
    if (!adoptedOn) return setProblem(t('adopt.needDate'));
    if (!adoptedBy.trim()) return setProblem(t('adopt.needBody'));
    try {
      const settings = await store.settings.get();
      const plan = adoptPlan(
        assessment.id,
        data.plan,
        data.structure.objectives,
        data.edits.openBandHigh,
        versions,
        {
          adoptedOn,
          adoptedBy,
          reference,
          author: authorStamp(settings),
          now: Date.now(),
        },
      );
      await store.monitoring.adopt(plan);
      setAdoptedBy('');
      setReference('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="card adopt" aria-labelledby="adopt-heading">
      <h3 id="adopt-heading">{t('adopt.heading')}</h3>
      {versions.length > 0 ? (
        <>
          <ul className="adopted-versions">
            {versions.map((v) => (
              <li key={v.version}>
                {t('adopt.version', {
                  version: v.version,
                  date: formatIsoDate(v.adoptedOn, language),
                  body: v.adoptedBy,
                  count: v.actions.length,
                })}
                {v.reference && <> — {v.reference}</>}
              </li>
            ))}
          </ul>
          <p>
            <a href={monitorHref}>{t('adopt.monitor')}</a>
          </p>
          <p className="muted" role="status">
            {changes.length === 0
              ? t('adopt.noChanges', { version: last!.version })
              : t('adopt.changes', { count: changes.length, version: last!.version })}
          </p>
          {changes.length > 0 && (
            <ul className="change-list">
              {changes.map((c) => (
                <li key={c.actionId}>
                  {t(`adopt.change.${c.kind}`, { number: c.number || c.actionId, title: c.title })}
                  {c.kind === 'changed' && (
                    <> ({c.fields.map((f) => t(`adopt.field.${f.field}`)).join(', ')})</>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{t('adopt.intro')}</p>
      )}
      {(versions.length === 0 || changes.length > 0) && (
        <div className="adopt-form">
          <label>
            {t('adopt.body')}
            <input value={adoptedBy} onChange={(e) => setAdoptedBy(e.target.value)} maxLength={300} />
          </label>
          <label id="adopt-date-label">{t('adopt.date')}</label>
          <DateField value={adoptedOn} onChange={setAdoptedOn} aria-labelledby="adopt-date-label" />
          <label>
            {t('adopt.reference')}
            <input value={reference} onChange={(e) => setReference(e.target.value)} maxLength={300} />
          </label>
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <button type="button" className="primary" onClick={() => void adopt()}>
            {t('adopt.button', { version: (last?.version ?? 0) + 1 })}
          </button>
        </div>
      )}
    </section>
  );
}
