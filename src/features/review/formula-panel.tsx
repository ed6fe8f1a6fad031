import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { priorityConfigSchema, type PriorityConfig } from '../../domain/scoring/config';
import type { BudgetUse } from '../../domain/scoring/prioritise';
import { COST_BANDS } from '../../domain/questionnaire/vocabulary';
import { formatNumber } from '../../i18n/format';

const formSchema = priorityConfigSchema.extend({ reason: z.string().trim().min(1) });
type FormInput = z.input<typeof formSchema>;
type FormValues = z.output<typeof formSchema>;

/** The rule, in words and numbers, and a form to tune it for this assessment (with a reason, logged). */
export function FormulaPanel({
  config,
  budget,
  onChange,
}: {
  config: PriorityConfig;
  budget: BudgetUse;
  onChange: (to: PriorityConfig, reason: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const n = (v: number) => formatNumber(v, language);
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { ...config, reason: '' },
  });
  const { register, handleSubmit, formState } = form;
  const num = { valueAsNumber: true } as const;
  const limit = (v: number) => (budget.by === 'actions' ? n(v) : t('review.eur', { value: n(v) }));
  return (
    <section aria-labelledby="formula-heading" className="formula">
      <h3 id="formula-heading">{t('review.formulaHeading')}</h3>
      <p className="formula-text">{t('review.formula')}</p>
      <ul>
        <li>{t('review.formulaGap')}</li>
        <li>{t(config.riskRule === 'max' ? 'review.formulaRiskMax' : 'review.formulaRiskMean')}</li>
        <li>{t('review.formulaWeight')}</li>
        <li>{t('review.formulaObligation', { factor: n(1 + config.obligationBonus) })}</li>
        <li>
          {t('review.formulaDependency', { step: n(config.dependencyStep), cap: n(config.dependencyCap) })}
        </li>
        <li>
          {t('review.formulaFeasibility', {
            bands: COST_BANDS.map((b) => `${t(`report.cost.${b}`)} × ${n(config.feasibility[b])}`).join('; '),
            beyond: n(config.beyondHorizonFactor),
          })}
        </li>
        <li>
          {config.tierRule === 'threshold'
            ? t('review.formulaTiers', { high: config.highFrom, medium: config.mediumFrom })
            : t(budget.by === 'actions' ? 'review.formulaBudgetActions' : 'review.formulaBudgetCost', {
                high: limit(budget.high.limit),
                medium: limit(budget.medium.limit),
                usedHigh: limit(budget.high.used),
                usedMedium: limit(budget.medium.used),
              })}
        </li>
        {config.tierRule === 'budget' && config.floorRisk > 0 && (
          <li>{t('review.formulaFloor', { risk: config.floorRisk })}</li>
        )}
        <li>{t('review.formulaPriorityActions', { count: config.priorityActions })}</li>
      </ul>
      <details>
        <summary>{t('review.tune')}</summary>
        <form
          className="config-form"
          aria-label={t('review.tune')}
          onSubmit={(e) =>
            void handleSubmit(async ({ reason, ...to }) => {
              await onChange(to, reason);
              form.reset({ ...to, reason: '' });
            })(e)
          }
          noValidate
        >
          <fieldset>
            <legend>{t('review.cfg.factors')}</legend>
            <label>
              {t('review.cfg.riskRule')}
              <select {...register('riskRule')}>
                <option value="max">{t('review.cfg.max')}</option>
                <option value="mean">{t('review.cfg.mean')}</option>
              </select>
            </label>
            <label>
              {t('review.cfg.obligationBonus')}
              <input type="number" step="0.05" {...register('obligationBonus', num)} />
            </label>
            <label>
              {t('review.cfg.dependencyStep')}
              <input type="number" step="0.05" {...register('dependencyStep', num)} />
            </label>
            <label>
              {t('review.cfg.dependencyCap')}
              <input type="number" step="0.05" {...register('dependencyCap', num)} />
            </label>
            {COST_BANDS.map((b) => (
              <label key={b}>
                {t('review.cfg.feasibility', { band: t(`report.cost.${b}`) })}
                <input type="number" step="0.05" {...register(`feasibility.${b}`, num)} />
              </label>
            ))}
            <label>
              {t('review.cfg.beyondHorizonFactor')}
              <input type="number" step="0.05" {...register('beyondHorizonFactor', num)} />
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('review.cfg.tiers')}</legend>
            <label>
              {t('review.cfg.tierRule')}
              <select {...register('tierRule')}>
                <option value="budget">{t('review.cfg.budget')}</option>
                <option value="threshold">{t('review.cfg.threshold')}</option>
              </select>
            </label>
            <label>
              {t('review.cfg.budgetBy')}
              <select {...register('budgetBy')}>
                <option value="actions">{t('review.cfg.byActions')}</option>
                <option value="cost">{t('review.cfg.byCost')}</option>
              </select>
            </label>
            <label>
              {t('review.cfg.highActions')}
              <input type="number" step="1" {...register('highActions', num)} />
            </label>
            <label>
              {t('review.cfg.mediumActions')}
              <input type="number" step="1" {...register('mediumActions', num)} />
            </label>
            <label>
              {t('review.cfg.highCost')}
              <input type="number" step="100000" {...register('highCost', num)} />
            </label>
            <label>
              {t('review.cfg.mediumCost')}
              <input type="number" step="100000" {...register('mediumCost', num)} />
            </label>
            <label>
              {t('review.cfg.floorRisk')}
              <input type="number" step="1" {...register('floorRisk', num)} />
            </label>
            <label>
              {t('review.cfg.priorityActions')}
              <input type="number" step="1" {...register('priorityActions', num)} />
            </label>
            <label>
              {t('review.cfg.highFrom')}
              <input type="number" step="1" {...register('highFrom', num)} />
            </label>
            <label>
              {t('review.cfg.mediumFrom')}
              <input type="number" step="1" {...register('mediumFrom', num)} />
            </label>
          </fieldset>
          <label>
            {t('review.reason')}
            <input type="text" {...register('reason')} aria-invalid={Boolean(formState.errors.reason)} />
          </label>
          {Object.keys(formState.errors).length > 0 && (
            <p className="field-error" role="alert">
              {formState.errors.reason
                ? t('review.reasonRequired')
                : t('review.cfg.invalid', {
                    fields: Object.keys(formState.errors)
                      .filter((k) => k !== 'reason')
                      .map((k) => t(`review.cfg.${k}`, { band: '' }))
                      .join(', '),
                  })}
            </p>
          )}
          <button type="submit">{t('review.cfg.apply')}</button>
        </form>
      </details>
    </section>
  );
}
