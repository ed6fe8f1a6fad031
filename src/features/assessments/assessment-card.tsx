import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { countryName } from '../../i18n/countries';
import { useAssessmentProgress } from './use-assessment-progress';
import { formatDateTime, formatIsoDate } from '../../i18n/format';

interface Props {
  assessment: Assessment;
  questionnaireTitle: string;
  fillHref: string;
  editHref: string;
  reviewHref: string;
  planHref: string;
  onDuplicate: () => void;
  /** Starts a new assessment of the country from this one's answers. */
  onReassess: () => void;
  /** For a re-assessment: its comparison with the assessment it started from. */
  compareHref?: string;
  onDelete: () => void;
  /** The next version of its questionnaire, when there is one to move to. */
  moveTo?: { version: string; onMove: () => void };
  /** Where the moved copy is (for the copy kept on the earlier version). */
  movedHref?: string;
  extraActions?: ReactNode;
}

export function AssessmentCard({
  assessment,
  questionnaireTitle,
  fillHref,
  editHref,
  reviewHref,
  planHref,
  onDuplicate,
  onReassess,
  compareHref,
  onDelete,
  moveTo,
  movedHref,
  extraActions,
}: Props) {
  const { t, i18n } = useTranslation();
  const progress = useAssessmentProgress(assessment);
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <li className="card" data-testid="assessment-card">
      <h3>
        <a href={fillHref}>{assessment.title}</a>
        {assessment.example && <span className="tag">{t('assessments.exampleTag')}</span>}
      </h3>
      <p className="muted">
        {countryName(assessment.country, language)} ·{' '}
        {t('assessments.horizon', { count: assessment.horizon })} · {t(`marking.${assessment.marking}`)}
      </p>
      <p className="muted">
        {questionnaireTitle} {assessment.questionnaire.version}
      </p>
      {assessment.movedFrom && (
        <p className="muted" data-testid="moved-from">
          {t('move.movedFrom', {
            version: assessment.movedFrom.version,
            date: formatDateTime(assessment.movedFrom.at, language),
          })}
        </p>
      )}
      {assessment.reassessmentOf && (
        <p className="muted" data-testid="reassessment-of">
          {t('reassess.of', {
            title: assessment.reassessmentOf.title,
            date: formatIsoDate(assessment.reassessmentOf.day, language),
          })}{' '}
          {compareHref && <a href={compareHref}>{t('compare.open')}</a>}
        </p>
      )}
      {assessment.movedTo && (
        <p className="note" data-testid="moved-to">
          {t('move.movedTo', {
            from: assessment.questionnaire.version,
            version: assessment.movedTo.version,
            date: formatDateTime(assessment.movedTo.at, language),
          })}{' '}
          {movedHref && (
            <a href={movedHref}>{t('move.openMoved', { version: assessment.movedTo.version })}</a>
          )}
        </p>
      )}
      <p>
        {progress === undefined
          ? t('common.loading')
          : t('assessments.progress', { percent: progress.percent })}{' '}
        {progress !== undefined && (
          <progress
            max={100}
            value={progress.percent}
            aria-label={t('assessments.progress', { percent: progress.percent })}
          />
        )}
      </p>
      {progress?.assignments && (
        <p className={progress.assignments.overdue > 0 ? 'warning' : 'muted'} data-testid="card-assignments">
          {t('assign.cardLine', progress.assignments)}
        </p>
      )}
      <p className="muted">
        {t('assessments.lastEdited', { date: formatDateTime(assessment.updatedAt, language) })}
      </p>
      <div className="card-actions">
        <a className="button primary" href={fillHref}>
          {t('assessments.continue')}
        </a>
        <a className="button" href={reviewHref}>
          {t('assessments.review')}
        </a>
        <a className="button" href={planHref}>
          {t('assessments.plan')}
        </a>
        <a className="button" href={editHref}>
          {t('assessments.edit')}
        </a>
        <button type="button" onClick={onDuplicate}>
          {t('assessments.duplicate')}
        </button>
        <button type="button" onClick={onReassess}>
          {t('reassess.button')}
        </button>
        {moveTo && (
          <button type="button" onClick={moveTo.onMove}>
            {t('move.button', { version: moveTo.version })}
          </button>
        )}
        {extraActions}
        <button type="button" className="danger" onClick={onDelete}>
          {t('assessments.delete')}
        </button>
      </div>
    </li>
  );
}
