import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** A new deployed version is offered, never forced on someone in the middle of typing. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="toast" role="status">
      {needRefresh ? (
        <>
          <span>{t('app.updateReady')}</span>
          <button type="button" onClick={() => void updateServiceWorker(true)}>
            {t('app.updateNow')}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {t('app.updateLater')}
          </button>
        </>
      ) : (
        <>
          <span>{t('app.offlineReady')}</span>
          <button type="button" onClick={() => setOfflineReady(false)} aria-label="OK">
            OK
          </button>
        </>
      )}
    </div>
  );
}
