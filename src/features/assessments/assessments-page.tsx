import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { resolveText } from '../../domain/questionnaire/text';
import { loadBundledExamples, loadBundledQuestionnaires } from '../../services/bundled-questionnaires';
import { availableQuestionnaires, type AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { nextVersion } from '../../services/version-move-service';
import { MoveDialog } from './move-dialog';
import { useStore } from '../../ui/store-context';
import { usePromise } from '../../ui/use-promise';
import { useLive } from '../../storage/store';
import { AssessmentCard } from './assessment-card';
import { openExample } from './create-example';
import { DeleteDialog } from './delete-dialog';
import { QuestionnaireCatalogue } from './questionnaire-catalogue';
import { QuestionnaireImport } from './questionnaire-import';
import { ScreenHelp } from '../../ui/screen-help';

export interface AssessmentLinks {
  fill: (id: string) => string;
  edit: (id: string) => string;
  review: (id: string) => string;
  plan: (id: string) => string;
  new: string;
  compare: (id: string) => string;
}

interface Slots {
  /** Above the list (e.g. the backup reminder). */
  top?: ReactNode;
  /** Below the list (e.g. importing assessment files). */
  bottom?: ReactNode;
  /** More actions on each card (e.g. exporting it as a file). */
  cardActions?: (assessment: Assessment) => ReactNode;
}

export function AssessmentsPage({
  links,
  open,
  slots = {},
}: {
  links: AssessmentLinks;
  open: (id: string) => void;
  slots?: Slots;
}) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const listed = useLive(() => store.assessments.list(), [store]);
  const imported = useLive(() => store.questionnaires.list(), [store]);
  const available = usePromise(() => availableQuestionnaires(store), [imported?.length]);
  const [deleting, setDeleting] = useState<Assessment>();
  const [moving, setMoving] = useState<{
    assessment: Assessment;
    source: AvailableQuestionnaire;
    target: AvailableQuestionnaire;
  }>();
  const ready = available.status === 'done' ? available.value : [];
  const sourceOf = (a: Assessment) =>
    ready.find(
      (x) => x.questionnaire.id === a.questionnaire.id && x.questionnaire.version === a.questionnaire.version,
    );
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const language = i18n.resolvedLanguage ?? 'en';
  const titleOf = (a: Assessment) => {
    const q =
      available.status === 'done'
        ? available.value.find(
            (x) =>
              x.questionnaire.id === a.questionnaire.id &&
              x.questionnaire.version === a.questionnaire.version,
          )
        : undefined;
    return q
      ? resolveText(q.questionnaire.title, language, q.questionnaire.defaultLanguage).text
      : a.questionnaire.id;
  };

  const example = async () => {
    setBusy(true);
    try {
      open(await openExample(store, await loadBundledExamples(), crypto.randomUUID(), Date.now()));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {slots.top}
      <section aria-labelledby="assessments-heading">
        <div className="section-head">
          <h2 id="assessments-heading">{t('assessments.heading')}</h2>
          <ScreenHelp screen="home" />
          <div className="card-actions">
            <a className="button primary" href={links.new}>
              {t('assessments.new')}
            </a>
            <button type="button" onClick={() => void example()} disabled={busy}>
              {t('assessments.openExample')}
            </button>
          </div>
        </div>
        {!listed && <p role="status">{t('common.loading')}</p>}
        {failed && (
          <p className="error" role="alert">
            {failed}
          </p>
        )}
        {listed?.assessments.length === 0 && <p className="empty">{t('assessments.empty')}</p>}
        {listed && listed.broken.length > 0 && (
          <p className="error" role="alert">
            {t('assessments.broken', {
              count: listed.broken.length,
              details: listed.broken
                .map((b) => `${b.id}: ${b.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`)
                .join(' | '),
            })}
          </p>
        )}
        <ul className="cards">
          {listed?.assessments.map((a) => (
            <AssessmentCard
              key={a.id}
              assessment={a}
              questionnaireTitle={titleOf(a)}
              fillHref={links.fill(a.id)}
              editHref={links.edit(a.id)}
              reviewHref={links.review(a.id)}
              planHref={links.plan(a.id)}
              onDuplicate={() =>
                void store.assessments.duplicate(a.id, {
                  id: crypto.randomUUID(),
                  title: t('assessments.copyOf', { title: a.title }),
                  now: Date.now(),
                })
              }
              onReassess={() =>
                void store.assessments
                  .reassess(a.id, {
                    id: crypto.randomUUID(),
                    title: t('reassess.titleOf', { title: a.title, year: new Date().getFullYear() }),
                    now: Date.now(),
                  })
                  .then(open, (error: unknown) =>
                    setFailed(
                      t('reassess.failed', {
                        title: a.title,
                        reason: error instanceof Error ? error.message : String(error),
                      }),
                    ),
                  )
              }
              compareHref={a.reassessmentOf ? links.compare(a.id) : undefined}
              onDelete={() => setDeleting(a)}
              moveTo={(() => {
                const target = nextVersion(a, ready);
                const source = sourceOf(a);
                return target && source
                  ? {
                      version: target.questionnaire.version,
                      onMove: () => setMoving({ assessment: a, source, target }),
                    }
                  : undefined;
              })()}
              movedHref={a.movedTo ? links.fill(a.movedTo.assessmentId) : undefined}
              extraActions={slots.cardActions?.(a)}
            />
          ))}
        </ul>
      </section>
      {slots.bottom}
      <QuestionnaireCatalogue load={loadBundledQuestionnaires} />
      <section aria-labelledby="imported-heading">
        <h2 id="imported-heading">{t('import.heading')}</h2>
        <p className="muted">{t('import.help')}</p>
        {imported && imported.length > 0 && (
          <ul>
            {imported.map((q) => (
              <li key={`${q.id}@${q.version}`}>
                {q.id} {q.version} — {q.fileName}
              </li>
            ))}
          </ul>
        )}
        <QuestionnaireImport onImported={() => undefined} />
      </section>
      {moving && (
        <MoveDialog
          {...moving}
          onMoved={(id) => {
            setMoving(undefined);
            open(id);
          }}
          onClose={() => setMoving(undefined)}
        />
      )}
      {deleting && <DeleteDialog assessment={deleting} onClose={() => setDeleting(undefined)} />}
    </>
  );
}
