import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyReferences } from '../../domain/assessment/agency-references';
import { newAssessment, type Assessment } from '../../domain/assessment/assessment';
import { findQuestionnaire, availableQuestionnaires } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { usePromise } from '../../ui/use-promise';
import { useLive, type Store } from '../../storage/store';
import { AssessmentForm, profileOf, questionnaireKey, type AssessmentFormValues } from './assessment-form';
import { ScreenHelp } from '../../ui/screen-help';
import { AssignmentsPanel } from './assignments-panel';
import { QuestionnaireDocumentPanel } from './questionnaire-document-panel';

export function NewAssessmentPage({
  onDone,
  onCancel,
}: {
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const available = usePromise(() => availableQuestionnaires(store), [store]);
  if (available.status !== 'done') return <p role="status">{t('common.loading')}</p>;
  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading">{t('assessments.newHeading')}</h2>
      <ScreenHelp screen="profile" />
      <AssessmentForm
        questionnaires={available.value}
        submitLabel={t('assessments.create')}
        onCancel={onCancel}
        onSubmit={async (values) => {
          const q = available.value.find(
            (x) => questionnaireKey(x.questionnaire) === values.questionnaireKey,
          )!;
          const id = crypto.randomUUID();
          await store.assessments.create(
            newAssessment({
              id,
              profile: profileOf(values),
              questionnaire: { id: q.questionnaire.id, version: q.questionnaire.version },
              now: Date.now(),
            }),
          );
          onDone(id);
        }}
      />
    </section>
  );
}

interface Removal {
  values: AssessmentFormValues;
  /** Removed agencies still named somewhere, with what names them. */
  named: { name: string; answers: number; actions: number }[];
}

export function EditAssessmentPage({
  assessmentId,
  fillHref,
  syncHref,
}: {
  assessmentId: string;
  fillHref: string;
  syncHref: string;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const assessment = useLive(() => store.assessments.get(assessmentId), [store, assessmentId], null);
  const available = usePromise(() => availableQuestionnaires(store), [store]);
  const [saved, setSaved] = useState(false);
  const [removal, setRemoval] = useState<Removal>();
  if (assessment === null || available.status !== 'done') return <p role="status">{t('common.loading')}</p>;
  if (!assessment) return <p role="alert">{t('fill.notFound')}</p>;

  const save = async (values: AssessmentFormValues) => {
    await store.assessments.updateProfile(assessment.id, profileOf(values), Date.now());
    setRemoval(undefined);
    setSaved(true);
  };
  const submit = async (values: AssessmentFormValues) => {
    setSaved(false);
    const named = await namedRemovals(store, assessment, values);
    if (named.length > 0) setRemoval({ values, named });
    else await save(values);
  };

  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('assessments.editHeading', { title: assessment.title })}</h2>
      <ScreenHelp screen="profile" />
      <p>
        <a href={fillHref}>{t('assessments.backToFilling')}</a> ·{' '}
        <a href={syncHref}>{assessment.sync ? t('assessments.syncOn') : t('assessments.syncOff')}</a>
      </p>
      {saved && (
        <p className="ok" role="status" data-testid="profile-saved">
          {t('assessments.profileSaved')}
        </p>
      )}
      {removal && (
        <div className="warning-box" role="alertdialog" aria-labelledby="removal-title">
          <p id="removal-title">{t('assessments.removalWarning')}</p>
          <ul>
            {removal.named.map((n) => (
              <li key={n.name}>{t('assessments.removalUse', n)}</li>
            ))}
          </ul>
          <div className="form-actions">
            <button type="button" className="danger" onClick={() => void save(removal.values)}>
              {t('assessments.removeAnyway')}
            </button>
            <button type="button" onClick={() => setRemoval(undefined)}>
              {t('assessments.keepAgencies')}
            </button>
          </div>
        </div>
      )}
      <AssessmentForm
        // A new form whenever the stored profile changes (here or in another tab), so it shows what is stored.
        key={JSON.stringify(profileOf(assessment))}
        questionnaires={available.value}
        initial={{ ...profileOf(assessment), questionnaireKey: questionnaireKey(assessment.questionnaire) }}
        lockQuestionnaire
        submitLabel={t('common.save')}
        onCancel={() => history.back()}
        onSubmit={submit}
      />
      <AssignmentsPanel assessmentId={assessment.id} />
      <QuestionnaireDocumentPanel assessmentId={assessment.id} />
    </section>
  );
}

/** Agencies the new roster leaves out that answers or plan actions still name. */
async function namedRemovals(
  store: Store,
  assessment: Assessment,
  values: AssessmentFormValues,
): Promise<Removal['named']> {
  const kept = new Set(values.roster.map((a) => a.id));
  const removed = assessment.roster.filter((a) => !kept.has(a.id));
  if (removed.length === 0) return [];
  const available = await findQuestionnaire(store, assessment.questionnaire);
  if (!available) return [];
  const records = await store.answers.list(assessment.id);
  const uses = agencyReferences(
    available.index,
    new Map(records.map((r) => [r.questionId, r])),
    await store.plans.get(assessment.id),
  );
  return removed.flatMap((a) => {
    const use = uses.get(a.id);
    return use ? [{ name: a.name, ...use }] : [];
  });
}
