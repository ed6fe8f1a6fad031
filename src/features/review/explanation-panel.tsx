import { useTranslation } from 'react-i18next';
import type { AnswerRecord } from '../../domain/assessment/answer';
import type { PriorityRow } from '../../domain/scoring/prioritise';
import type { ReviewEntry } from '../../domain/scoring/review';
import { LogList } from './log-list';
import { formatNumber } from '../../i18n/format';
import { formatDateTime } from '../../i18n/format';

interface Props {
  row: PriorityRow;
  answer?: AnswerRecord;
  levelText?: string;
  scenarioTitle: (id: string) => string;
  entries: ReviewEntry[];
}

/** Why an indicator ranks where it does: each factor with its value, and the answer behind it. */
export function ExplanationPanel({ row, answer, levelText, scenarioTitle, entries }: Props) {
  const { t, i18n } = useTranslation();
  const e = row.explanation;
  return (
    <div className="explanation">
      <dl className="factors">
        <dt>{t('review.factor.gap')}</dt>
        <dd>
          {t('review.gapText', { target: e.target, current: e.current, gap: e.gap })}
          {row.targetOverride && (
            <span className="override"> {t('review.overriddenFrom', { value: e.computedTarget })}</span>
          )}
        </dd>
        <dt>{t('review.factor.risk')}</dt>
        <dd>
          {e.risk.assumed
            ? t('review.riskAssumed', { value: e.risk.value })
            : t(e.risk.rule === 'max' ? 'review.riskMax' : 'review.riskMean', {
                value: e.risk.value,
                scenarios: e.risk.scenarios.map(scenarioTitle).join('; '),
              })}
        </dd>
        <dt>{t('review.factor.weight')}</dt>
        <dd>{formatNumber(e.weight, i18n.resolvedLanguage ?? 'en')}</dd>
        <dt>{t('review.factor.obligation')}</dt>
        <dd>
          {e.obligations.length
            ? t('review.obligationYes', {
                instruments: e.obligations.map((o) => t(`obligation.${o}`)).join(', '),
                factor: e.obligationFactor,
              })
            : t('review.obligationNo')}
        </dd>
        <dt>{t('review.factor.score')}</dt>
        <dd>
          {t('review.scoreText', {
            gap: e.gap,
            risk: e.risk.value,
            weight: e.weight,
            factor: e.obligationFactor,
            score: e.score,
          })}{' '}
          → {t(`tier.${e.computedTier}`)}{' '}
          {t('review.thresholdText', { high: e.thresholds.high, medium: e.thresholds.medium })}
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
      </dl>
      <div className="answer-behind">
        <h4>{t('review.answer')}</h4>
        <p>{levelText ?? '—'}</p>
        {answer?.comment && <p>{t('review.answerComment', { text: answer.comment })}</p>}
        {answer?.evidence && <p>{t('review.answerEvidence', { text: answer.evidence })}</p>}
        {answer && (
          <p className="muted">
            {t('review.answeredBy', {
              author: answer.author || '—',
              date: formatDateTime(answer.updatedAt, i18n.resolvedLanguage ?? 'en'),
            })}
          </p>
        )}
      </div>
      {entries.length > 0 && (
        <>
          <h4>{t('review.history')}</h4>
          <LogList entries={entries} />
        </>
      )}
    </div>
  );
}
