import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  assessmentProfileSchema,
  MARKINGS,
  type AssessmentProfile,
} from '../../domain/assessment/assessment';
import { resolveText } from '../../domain/questionnaire/text';
import { countryOptions } from '../../shared/countries';
import type { AvailableQuestionnaire } from '../../shared/questionnaire-registry';
import { useText } from '../../shared/use-localized';

export const assessmentFormSchema = assessmentProfileSchema.extend({
  questionnaireKey: z.string().min(1),
});
export type AssessmentFormInput = z.input<typeof assessmentFormSchema>;
export type AssessmentFormValues = z.output<typeof assessmentFormSchema>;

export const questionnaireKey = (q: { id: string; version: string }) => `${q.id}@${q.version}`;

interface Props {
  questionnaires: AvailableQuestionnaire[];
  initial?: AssessmentProfile & { questionnaireKey: string };
  /** The questionnaire of an existing assessment cannot change. */
  lockQuestionnaire?: boolean;
  submitLabel: string;
  onSubmit: (values: AssessmentFormValues) => Promise<void> | void;
  onCancel: () => void;
}

/** Create or edit an assessment's profile: one zod schema drives the type and the validation. */
export function AssessmentForm({
  questionnaires,
  initial,
  lockQuestionnaire,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const form = useForm<AssessmentFormInput, unknown, AssessmentFormValues>({
    resolver: zodResolver(assessmentFormSchema),
    defaultValues: initial ?? {
      title: '',
      country: '',
      horizon: 5,
      marking: 'restricted',
      roster: [],
      questionnaireKey: questionnaires[0] ? questionnaireKey(questionnaires[0].questionnaire) : '',
    },
  });
  const { register, control, handleSubmit, watch, formState } = form;
  const roster = useFieldArray({ control, name: 'roster' });
  const selected = questionnaires.find(
    (q) => questionnaireKey(q.questionnaire) === watch('questionnaireKey'),
  );
  const roles = selected?.questionnaire.agencyRoles ?? [];
  const text = useText(selected?.questionnaire.defaultLanguage ?? 'en');
  const errors = formState.errors;
  const error = (name: string, shown: boolean) =>
    shown ? (
      <span className="field-error" role="alert">
        {t(`assessmentForm.error.${name}`)}
      </span>
    ) : null;

  return (
    <form className="assessment-form" onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate>
      <label>
        {t('assessmentForm.title')}
        <input type="text" {...register('title')} aria-invalid={Boolean(errors.title)} />
        {error('title', Boolean(errors.title))}
      </label>
      <label>
        {t('assessmentForm.country')}
        <select {...register('country')} aria-invalid={Boolean(errors.country)}>
          <option value="">{t('assessmentForm.chooseCountry')}</option>
          {countryOptions(language).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {error('country', Boolean(errors.country))}
      </label>
      <fieldset>
        <legend>{t('assessmentForm.horizon')}</legend>
        {[1, 5].map((h) => (
          <label key={h} className="option">
            <input
              type="radio"
              value={h}
              {...register('horizon', { setValueAs: (v: string | number) => Number(v) })}
            />{' '}
            {t(`assessmentForm.horizon${h}`)}
          </label>
        ))}
      </fieldset>
      {lockQuestionnaire ? (
        <p>
          {t('assessmentForm.questionnaire')}:{' '}
          <strong>
            {selected
              ? `${text(selected.questionnaire.title)} ${selected.questionnaire.version}`
              : initial?.questionnaireKey}
          </strong>
          <span className="muted"> — {t('assessmentForm.pinned')}</span>
        </p>
      ) : (
        <label>
          {t('assessmentForm.questionnaire')}
          <select {...register('questionnaireKey')}>
            {questionnaires.map((q) => (
              <option key={questionnaireKey(q.questionnaire)} value={questionnaireKey(q.questionnaire)}>
                {resolveText(q.questionnaire.title, language, q.questionnaire.defaultLanguage).text}{' '}
                {q.questionnaire.version}
                {q.source === 'imported' ? ` (${t('assessmentForm.imported')})` : ''}
              </option>
            ))}
          </select>
          {error('questionnaireKey', Boolean(errors.questionnaireKey))}
        </label>
      )}
      <label>
        {t('assessmentForm.marking')}
        <select {...register('marking')}>
          {MARKINGS.map((m) => (
            <option key={m} value={m}>
              {t(`marking.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="roster">
        <legend>{t('assessmentForm.roster')}</legend>
        <p className="muted">{t('assessmentForm.rosterHelp')}</p>
        {roster.fields.map((field, i) => (
          <div
            key={field.id}
            className="roster-row"
            role="group"
            aria-label={t('assessmentForm.agencyN', { n: i + 1 })}
          >
            <label>
              {t('assessmentForm.agencyName')}
              <input
                type="text"
                {...register(`roster.${i}.name`)}
                aria-invalid={Boolean(errors.roster?.[i]?.name)}
              />
              {error('agencyName', Boolean(errors.roster?.[i]?.name))}
            </label>
            <label>
              {t('assessmentForm.acronym')}
              <input type="text" {...register(`roster.${i}.acronym`)} size={8} />
            </label>
            <label>
              {t('assessmentForm.role')}
              <select {...register(`roster.${i}.role`)}>
                <option value="">—</option>
                {roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {text(r.label)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('assessmentForm.focalPerson')}
              <input type="text" {...register(`roster.${i}.focalPerson`)} />
            </label>
            <button type="button" onClick={() => roster.remove(i)}>
              {t('assessmentForm.removeAgency', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            roster.append({ id: crypto.randomUUID(), name: '', acronym: '', role: '', focalPerson: '' })
          }
        >
          {t('assessmentForm.addAgency')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
