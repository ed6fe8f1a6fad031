import type { RiskValue } from '../../../domain/assessment/answer-value';
import { useFill } from '../session-context';
import type { InputProps } from './input-props';
import { useText } from '../../../ui/use-text';

/** Likelihood and impact of one scenario on the file's scales, with the resulting score. */
export function RiskInput({
  question,
  value,
  onChange,
  disabled,
  labelId,
  describedBy,
  invalid,
}: InputProps) {
  const { questionnaire, t } = useFill();
  const text = useText(questionnaire.defaultLanguage);
  const scales = questionnaire.riskScales;
  const risk = (typeof value === 'object' && value !== null ? value : {}) as RiskValue;
  if (!scales) return null;
  const axis = (key: 'likelihood' | 'impact') => (
    <label className="risk-axis">
      <span>{t(`fill.risk.${key}`)}</span>
      <select
        value={risk[key] ?? ''}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(e) => onChange({ ...risk, [key]: e.target.value ? Number(e.target.value) : undefined })}
      >
        <option value="">{t('fill.risk.choose')}</option>
        {[...scales[key]]
          .sort((a, b) => a.level - b.level)
          .map((s) => (
            <option key={s.level} value={s.level} title={s.descriptor ? text(s.descriptor) : undefined}>
              {s.level} — {text(s.label)}
            </option>
          ))}
      </select>
    </label>
  );
  return (
    <div className="risk" role="group" aria-labelledby={labelId}>
      {axis('likelihood')}
      <span aria-hidden="true">×</span>
      {axis('impact')}
      <output className="risk-score" aria-live="polite">
        {risk.likelihood && risk.impact
          ? t('fill.risk.score', { score: risk.likelihood * risk.impact })
          : t('fill.risk.noScore')}
      </output>
      {question.kind === 'risk' && (
        <span className={`hazard hazard-${question.hazard}`}>{t(`hazard.${question.hazard}`)}</span>
      )}
    </div>
  );
}
