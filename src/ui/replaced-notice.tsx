import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceEvents } from '../services/device-events';

/** When another tab restored a backup: this tab stops and asks to be reloaded, to show what is stored. */
export function ReplacedNotice() {
  const { t } = useTranslation();
  const replaced = useSyncExternalStore(deviceEvents.subscribe, deviceEvents.replaced);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => deviceEvents.listen(), []);
  useEffect(() => {
    if (replaced) ref.current?.showModal();
  }, [replaced]);
  if (!replaced) return null;
  return (
    <dialog
      ref={ref}
      aria-labelledby="replaced-title"
      data-testid="replaced-notice"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="replaced-title">{t('app.replacedTitle')}</h2>
      <p>{t('app.replacedText')}</p>
      <button type="button" className="primary" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </dialog>
  );
}
