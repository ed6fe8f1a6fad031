import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';

interface StorageState {
  supported: boolean;
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

async function readStorage(): Promise<StorageState> {
  if (!navigator.storage?.persisted) return { supported: false };
  const [persisted, estimate] = await Promise.all([
    navigator.storage.persisted(),
    navigator.storage.estimate(),
  ]);
  return { supported: true, persisted, usage: estimate.usage, quota: estimate.quota };
}

const mb = (bytes: number | undefined, language: string) =>
  bytes === undefined ? '?' : formatNumber(bytes / 1024 / 1024, language, 1);

/** Where the data lives, whether the browser may evict it, and how much room there is. */
export function StoragePanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [state, setState] = useState<StorageState>();
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    void readStorage().then(setState);
  }, []);
  const ask = async () => {
    await navigator.storage.persist();
    setAsked(true);
    setState(await readStorage());
  };
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('settings.storageHeading')}</h2>
      <p>{t('settings.whereData')}</p>
      {!state && <p role="status">{t('common.loading')}</p>}
      {state && !state.supported && <p className="warning">{t('settings.storageUnsupported')}</p>}
      {state?.supported && (
        <>
          <p data-testid="persisted" className={state.persisted ? 'ok' : 'warning'}>
            {state.persisted ? t('settings.persisted') : t('settings.notPersisted')}
          </p>
          {!state.persisted && (
            <button type="button" onClick={() => void ask()}>
              {t('settings.askPersist')}
            </button>
          )}
          {asked && !state.persisted && <p className="muted">{t('settings.persistRefused')}</p>}
          <p>{t('settings.usage', { usage: mb(state.usage, language), quota: mb(state.quota, language) })}</p>
        </>
      )}
    </section>
  );
}
