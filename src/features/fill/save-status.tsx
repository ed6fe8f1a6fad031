import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { spaceGuard } from '../../services/storage-guard';
import { StorageError } from '../../storage/storage-error';
import { SaveLink } from '../../ui/save-link';
import { useFill } from './session-context';

/** Always says whether the last edit is on disk; a failed write blocks the page with the reason. */
export function SaveStatus() {
  const { t } = useTranslation();
  const { session, rescue } = useFill();
  const status = useSyncExternalStore(session.subscribe, session.getStatus);
  const [file, setFile] = useState<{ text: string; fileName: string }>();
  if (status.state === 'error') {
    const problem = status.error instanceof StorageError ? status.error.problem : 'failed';
    return (
      <div className="blocking" role="alertdialog" aria-modal="true" aria-labelledby="save-error-title">
        <div className="blocking-box">
          <h2 id="save-error-title">{t('fill.saveFailed')}</h2>
          <p>{t(`storage.problem.${problem}`)}</p>
          <p className="muted">
            {status.error instanceof Error ? status.error.message : String(status.error)}
          </p>
          <div className="form-actions">
            {/* Room may have been freed meanwhile: look again before writing. */}
            <button type="button" onClick={() => void spaceGuard.check(true).then(() => session.flush())}>
              {t('fill.retrySave')}
            </button>
            <button type="button" onClick={() => void rescue().then(setFile)}>
              {t('fill.rescue')}
            </button>
            {file && <SaveLink text={file.text} fileName={file.fileName} />}
          </div>
          <p className="muted">{t('fill.rescueHelp')}</p>
        </div>
      </div>
    );
  }
  return (
    <span
      className={`save-status save-${status.state}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {t(`fill.saveState.${status.state}`)}
    </span>
  );
}
