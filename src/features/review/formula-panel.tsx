import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { priorityConfigSchema, type PriorityConfig } from '../../domain/scoring/config';

const formSchema = priorityConfigSchema.extend({ reason: z.string().trim().min(1) });
type FormInput = z.input<typeof formSchema>;
type FormValues = z.output<typeof formSchema>;

/** The rule, in words and numbers, and a form to tune it for this assessment (with a reason, logged). */
export function FormulaPanel({
  config,
  onChange,
}: {
  config: PriorityConfig;
  onChange: (to: PriorityConfig, reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { ...config, reason: '' },
  });
  const { register, handleSubmit, formState } = form;
  const num = { valueAsNumber: true } as const;
  return (
    <section aria-labelledby="formula-heading" className="formula">
      <h3 id="formula-heading">{t('review.formulaHeading')}</h3>
      <p className="formula-text">{t('review.formula', { bonus: config.obligationBonus })}</p>
      <ul>
        <li>{t('review.formulaGap')}</li>
        <li>
          {t(config.riskRule === 'max' ? 'review.formulaRiskMax' : 'review.formulaRiskMean', {
            defaultRisk: config.defaultRisk,
          })}
        </li>
        <li>{t('review.formulaWeight')}</li>
        <li>{t('review.formulaTiers', { high: config.highFrom, medium: config.mediumFrom })}</li>
      </ul>
      <details>
        <summary>{t('review.tune')}</summary>
        <form
          className="config-form"
          onSubmit={(e) =>
            void handleSubmit(async ({ reason, ...to }) => {
              await onChange(to, reason);
              form.reset({ ...to, reason: '' });
            })(e)
          }
          noValidate
        >
          <label>
            {t('review.cfg.obligationBonus')}
            <input type="number" step="0.05" {...register('obligationBonus', num)} />
          </label>
          <label>
            {t('review.cfg.riskRule')}
            <select {...register('riskRule')}>
              <option value="max">{t('review.cfg.max')}</option>
              <option value="mean">{t('review.cfg.mean')}</option>
            </select>
          </label>
          <label>
            {t('review.cfg.defaultRisk')}
            <input type="number" step="1" {...register('defaultRisk', num)} />
          </label>
          <label>
            {t('review.cfg.highFrom')}
            <input type="number" step="1" {...register('highFrom', num)} />
          </label>
          <label>
            {t('review.cfg.mediumFrom')}
            <input type="number" step="1" {...register('mediumFrom', num)} />
          </label>
          <label>
            {t('review.reason')}
            <input type="text" {...register('reason')} aria-invalid={Boolean(formState.errors.reason)} />
          </label>
          {Object.keys(formState.errors).length > 0 && (
            <p className="field-error" role="alert">
              {t(formState.errors.reason ? 'review.reasonRequired' : 'review.cfg.invalid')}
            </p>
          )}
          <button type="submit">{t('review.cfg.apply')}</button>
        </form>
      </details>
    </section>
  );
}
