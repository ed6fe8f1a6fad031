import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionnaireText } from '../../ui/questionnaire-text';
import { useFill } from './session-context';

/** The areas with their progress; the current one is marked for screen readers too. */
export function AreaNav({
  currentAreaId,
  hrefOf,
}: {
  currentAreaId: string;
  hrefOf: (areaId: string) => string;
}) {
  const { t } = useTranslation();
  const { session, questionnaire, complete } = useFill();
  useSyncExternalStore(session.subscribeProgress, session.getProgressVersion);
  const progress = session.progress();
  return (
    <nav className="area-nav" aria-label={t('fill.areas')}>
      <p className="overall">
        {complete
          ? t('fill.overall', {
              percent: progress.percent,
              answered: progress.answered,
              total: progress.total,
            })
          : t('fill.counting')}
      </p>
      <ol>
        {questionnaire.areas.map((area) => {
          // Until the whole questionnaire is read, an area not read yet is listed without its count.
          if (area.items.length === 0)
            return (
              <li key={area.id}>
                <a href={hrefOf(area.id)}>
                  <span className="area-name">
                    {area.code && <span className="code">{area.code}</span>}{' '}
                    <QuestionnaireText text={area.title} defaultLanguage={questionnaire.defaultLanguage} />
                  </span>
                </a>
              </li>
            );
          const p = progress.areas.find((a) => a.areaId === area.id);
          if (!p?.visible) return null;
          const percent = p.total === 0 ? 100 : Math.floor((p.answered / p.total) * 100);
          return (
            <li key={area.id}>
              <a href={hrefOf(area.id)} aria-current={area.id === currentAreaId ? 'page' : undefined}>
                <span className="area-name">
                  {area.code && <span className="code">{area.code}</span>}{' '}
                  <QuestionnaireText text={area.title} defaultLanguage={questionnaire.defaultLanguage} />
                </span>
                <span className="area-count">
                  {t('fill.areaCount', { answered: p.answered, total: p.total })}
                  {p.requiredMissing + p.invalid > 0 && (
                    <span
                      className="badge"
                      title={t('fill.problems', { count: p.requiredMissing + p.invalid })}
                    >
                      {p.requiredMissing + p.invalid}
                    </span>
                  )}
                </span>
                <progress max={100} value={percent} aria-label={t('fill.areaProgress', { percent })} />
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
