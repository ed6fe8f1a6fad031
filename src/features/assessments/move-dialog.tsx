import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import type { MovedAssessment } from '../../domain/assessment/version-move';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { previewMove } from '../../services/version-move-service';
import { useStore } from '../../ui/store-context';
import { useText } from '../../ui/use-text';

/**
 * Moving an assessment to the next version of its questionnaire: what the move does is shown first
 * (answers carried, renamed, set aside, new questions; decisions and plan edits carried), and only a
 * confirmation writes it. The assessment on the earlier version is kept.
 */
export function MoveDialog({
  assessment,
  source,
  target,
  onMoved,
  onClose,
}: {
  assessment: Assessment;
  source: AvailableQuestionnaire;
  target: AvailableQuestionnaire;
  onMoved: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const text = useText(target.questionnaire.defaultLanguage);
  const ref = useRef<HTMLDialogElement>(null);
  const [moved, setMoved] = useState<MovedAssessment>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    ref.current?.showModal();
    previewMove(store, assessment, source, target, crypto.randomUUID(), Date.now()).then(
      setMoved,
      (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)),
    );
  }, [store, assessment, source, target]);
  const title = (id: string, index = target.index) => {
    const q = index.byId.get(id)?.question;
    return q ? `${q.code ?? id} ${text(q.title)}` : id;
  };
  const versions = { from: assessment.questionnaire.version, to: target.questionnaire.version };
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="move-title" data-testid="move-dialog">
      <h2 id="move-title">{t('move.title', { title: assessment.title, ...versions })}</h2>
      {problem && (
        <p className="error" role="alert">
          {t('move.failed', { reason: problem })}
        </p>
      )}
      {!moved && !problem && <p role="status">{t('common.loading')}</p>}
      {moved && (
        <>
          <ul data-testid="move-summary">
            <li>{t('move.carried', { count: moved.move.carried.length })}</li>
            {moved.move.renamed.length > 0 && (
              <li>{t('move.renamed', { count: moved.move.renamed.length })}</li>
            )}
            <li>{t('move.reworded', { count: moved.move.reworded.length })}</li>
            <li>{t('move.fresh', { count: moved.move.fresh.length })}</li>
            <li>
              {t('move.setAside', { count: moved.move.setAside.length })}
              {moved.move.setAside.length > 0 && (
                <ul>
                  {moved.move.setAside.map(({ record, reason }) => (
                    <li key={record.questionId}>
                      {title(record.questionId, source.index)} —{' '}
                      {reason.kind === 'replaced'
                        ? t('move.replacedBy', { questions: reason.by.map((id) => title(id)).join('; ') })
                        : reason.kind === 'removed'
                          ? t('move.removed')
                          : t('move.invalid', { reason: reason.message })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
            <li>{t('move.decisions', { count: moved.reviewLog.length, left: moved.left.decisions })}</li>
            {moved.plan && <li>{t('move.plan', { left: moved.left.planEdits })}</li>}
          </ul>
          <p>{t('move.kept', versions)}</p>
        </>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!moved}
          onClick={() => {
            if (!moved) return;
            store.exchange.moveToVersion(moved).then(
              () => onMoved(moved.assessment.id),
              (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)),
            );
          }}
        >
          {t('move.confirm', versions)}
        </button>
        <button type="button" onClick={() => ref.current?.close()} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
