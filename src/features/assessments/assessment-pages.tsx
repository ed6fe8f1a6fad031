import { useTranslation } from 'react-i18next';
import { newAssessment } from '../../domain/assessment/assessment';
import { availableQuestionnaires } from '../../shared/questionnaire-registry';
import { useStore } from '../../shared/store-context';
import { usePromise } from '../../shared/use-promise';
import { useLive } from '../../storage/store';
import { AssessmentForm, questionnaireKey, type AssessmentFormValues } from './assessment-form';

const profileOf = ({ title, country, horizon, marking, roster }: AssessmentFormValues) => ({
  title,
  country,
  horizon,
  marking,
  roster,
});

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

export function EditAssessmentPage({ assessmentId, onDone }: { assessmentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const assessment = useLive(() => store.assessments.get(assessmentId), [store, assessmentId], null);
  const available = usePromise(() => availableQuestionnaires(store), [store]);
  if (assessment === null || available.status !== 'done') return <p role="status">{t('common.loading')}</p>;
  if (!assessment) return <p role="alert">{t('fill.notFound')}</p>;
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('assessments.editHeading', { title: assessment.title })}</h2>
      <AssessmentForm
        questionnaires={available.value}
        initial={{ ...assessment, questionnaireKey: questionnaireKey(assessment.questionnaire) }}
        lockQuestionnaire
        submitLabel={t('common.save')}
        onCancel={onDone}
        onSubmit={async (values) => {
          await store.assessments.updateProfile(assessment.id, profileOf(values), Date.now());
          onDone();
        }}
      />
    </section>
  );
}
