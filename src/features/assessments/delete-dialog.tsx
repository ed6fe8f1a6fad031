import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { downloadText, safeFileName } from '../../ui/download';
import { exportAssessment } from '../../services/exchange-service';
import { useStore } from '../../ui/store-context';

/** Deleting asks first, and offers a copy of everything before it goes. */
export function DeleteDialog({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  // The copy is the same assessment file as an export: it can be imported again.
  const downloadCopy = async () =>
    downloadText(
      `${safeFileName(assessment.title)}.json`,
      await exportAssessment(store, assessment.id, { now: Date.now() }),
    );
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="delete-title">
      <h2 id="delete-title">{t('assessments.deleteTitle', { title: assessment.title })}</h2>
      <p>{t('assessments.deleteWarning')}</p>
      <div className="form-actions">
        <button type="button" onClick={() => void downloadCopy()}>
          {t('assessments.downloadCopy')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            void store.assessments.remove(assessment.id).then(onClose);
          }}
        >
          {t('assessments.deleteConfirm')}
        </button>
        <button type="button" onClick={() => ref.current?.close()} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
