import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  assessmentProfileSchema,
  HORIZONS,
  MARKINGS,
  type AssessmentProfile,
} from '../../domain/assessment/assessment';
import { countryOptions } from '../../i18n/countries';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { useText } from '../../ui/use-text';

export const assessmentFormSchema = assessmentProfileSchema.extend({
  questionnaireKey: z.string().min(1),
});
export type AssessmentFormInput = z.input<typeof assessmentFormSchema>;
export type AssessmentFormValues = z.output<typeof assessmentFormSchema>;

export const questionnaireKey = (q: { id: string; version: string }) => `${q.id}@${q.version}`;

/** Only the fields the form edits: a stored assessment carries more (id, dates), which the form refuses. */
export function profileOf({
  title,
  country,
  horizon,
  marking,
  roster,
}: AssessmentProfile): AssessmentProfile {
  return { title, country, horizon, marking, roster };
}

interface Props {
  questionnaires: AvailableQuestionnaire[];
  initial?: AssessmentProfile & { questionnaireKey: string };
  /** The questionnaire of an existing assessment cannot change. */
  lockQuestionnaire?: boolean;
  submitLabel: string;
  /** Throws when the values cannot be stored: the form says so and keeps them. */
  onSubmit: (values: AssessmentFormValues) => Promise<void> | void;
  onCancel: () => void;
}

type Problem = { field: string; message: string };

/** Every problem the schema found, in form order, each with the message shown at its field. */
function problemsOf(errors: FieldErrors<AssessmentFormInput>, say: (key: string) => string): Problem[] {
  const out: Problem[] = [];
  for (const field of ['title', 'country', 'horizon', 'questionnaireKey', 'marking'] as const)
    if (errors[field]) out.push({ field, message: say(field) });
  const roster = errors.roster;
  if (roster?.root || roster?.message) out.push({ field: 'roster', message: say('roster') });
  if (Array.isArray(roster))
    roster.forEach((row: FieldErrors<AssessmentFormInput['roster'][number]> | undefined, i: number) => {
      for (const part of ['name', 'acronym', 'role', 'focalPerson'] as const)
        if (row?.[part]) out.push({ field: `roster.${i}.${part}`, message: say(`agency.${part}`) });
    });
  return out;
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
  const { register, control, handleSubmit, formState, setError } = form;
  const roster = useFieldArray({ control, name: 'roster' });
  const chosenKey = useWatch({ control, name: 'questionnaireKey' });
  const selected = questionnaires.find((q) => questionnaireKey(q.questionnaire) === chosenKey);
  const roles = selected?.questionnaire.agencyRoles ?? [];
  const text = useText(selected?.questionnaire.defaultLanguage ?? 'en');
  const errors = formState.errors;
  const say = (key: string) => t(`assessmentForm.error.${key}`);
  const problems = problemsOf(errors, say);
  const fieldError = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? (
      <span className="field-error" id={`${field}-error`}>
        {problem.message}
      </span>
    ) : null;
  };
  const invalid = (field: string) => ({
    'aria-invalid': problems.some((p) => p.field === field),
    'aria-describedby': problems.some((p) => p.field === field) ? `${field}-error` : undefined,
  });

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      setError('root.submit', { message: error instanceof Error ? error.message : String(error) });
    }
  });

  return (
    <form className="assessment-form" onSubmit={(e) => void submit(e)} noValidate>
      {(problems.length > 0 || errors.root?.submit) && (
        <div className="form-errors" role="alert">
          {errors.root?.submit ? (
            <p>{t('assessmentForm.notSaved', { message: errors.root.submit.message })}</p>
          ) : (
            <>
              <p>{t('assessmentForm.problems', { count: problems.length })}</p>
              <ul>
                {problems.map((p) => (
                  <li key={p.field}>
                    <a
                      href={`#${p.field}`}
                      onClick={(e) => {
                        e.preventDefault();
                        form.setFocus(p.field as keyof AssessmentFormInput);
                      }}
                    >
                      {p.message}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="field">
        <label>
          {t('assessmentForm.title')}
          <input type="text" id="title" {...register('title')} {...invalid('title')} />
        </label>
        {fieldError('title')}
      </div>
      <div className="field">
        <label>
          {t('assessmentForm.country')}
          <select id="country" {...register('country')} {...invalid('country')}>
            <option value="">{t('assessmentForm.chooseCountry')}</option>
            {countryOptions(language).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {fieldError('country')}
      </div>
      <fieldset>
        <legend>{t('assessmentForm.horizon')}</legend>
        <Controller
          control={control}
          name="horizon"
          render={({ field }) => (
            <>
              {HORIZONS.map((h) => (
                <label key={h} className="option">
                  <input
                    type="radio"
                    name={field.name}
                    ref={h === HORIZONS[0] ? field.ref : undefined}
                    value={h}
                    checked={field.value === h}
                    onChange={() => field.onChange(h)}
                    onBlur={field.onBlur}
                  />{' '}
                  {t(`assessmentForm.horizon${h}`)}
                </label>
              ))}
            </>
          )}
        />
        {fieldError('horizon')}
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
        <div className="field">
          <label>
            {t('assessmentForm.questionnaire')}
            <select id="questionnaireKey" {...register('questionnaireKey')} {...invalid('questionnaireKey')}>
              {questionnaires.map((q) => (
                <option key={questionnaireKey(q.questionnaire)} value={questionnaireKey(q.questionnaire)}>
                  {text(q.questionnaire.title)} {q.questionnaire.version}
                  {q.source === 'imported' ? ` (${t('assessmentForm.imported')})` : ''}
                </option>
              ))}
            </select>
          </label>
          {fieldError('questionnaireKey')}
        </div>
      )}
      <div className="field">
        <label>
          {t('assessmentForm.marking')}
          <select id="marking" {...register('marking')} {...invalid('marking')}>
            {MARKINGS.map((m) => (
              <option key={m} value={m}>
                {t(`marking.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {fieldError('marking')}
      </div>
      <fieldset className="roster">
        <legend>{t('assessmentForm.roster')}</legend>
        <p className="muted">{t('assessmentForm.rosterHelp')}</p>
        {fieldError('roster')}
        {roster.fields.map((field, i) => (
          <div
            key={field.id}
            className="roster-row"
            role="group"
            aria-label={t('assessmentForm.agencyN', { n: i + 1 })}
          >
            <div className="field">
              <label>
                {t('assessmentForm.agencyName')}
                <input type="text" {...register(`roster.${i}.name`)} {...invalid(`roster.${i}.name`)} />
              </label>
              {fieldError(`roster.${i}.name`)}
            </div>
            <div className="field">
              <label>
                {t('assessmentForm.acronym')}
                <input
                  type="text"
                  size={8}
                  {...register(`roster.${i}.acronym`)}
                  {...invalid(`roster.${i}.acronym`)}
                />
              </label>
              {fieldError(`roster.${i}.acronym`)}
            </div>
            <div className="field">
              <label>
                {t('assessmentForm.role')}
                <select {...register(`roster.${i}.role`)} {...invalid(`roster.${i}.role`)}>
                  <option value="">{t('assessmentForm.noRole')}</option>
                  {roles.map((r) => (
                    <option key={r.id} value={r.id}>
                      {text(r.label)}
                    </option>
                  ))}
                </select>
              </label>
              {fieldError(`roster.${i}.role`)}
            </div>
            <div className="field">
              <label>
                {t('assessmentForm.focalPerson')}
                <input
                  type="text"
                  {...register(`roster.${i}.focalPerson`)}
                  {...invalid(`roster.${i}.focalPerson`)}
                />
              </label>
              {fieldError(`roster.${i}.focalPerson`)}
            </div>
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
