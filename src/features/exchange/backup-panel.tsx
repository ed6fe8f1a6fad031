import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup } from '../../shared/exchange-service';
import { useStore } from '../../shared/store-context';
import { useLive } from '../../storage/store';
import { PassphraseField } from './passphrase-field';
import { SaveLink } from './save-link';

/** Everything on this device in one file, optionally encrypted; restoring is done from the import panel. */
export function BackupPanel() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const settings = useLive(() => store.settings.get(), [store]);
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<{ text: string; name: string }>();
  const [failure, setFailure] = useState<string>();
  const backup = async () => {
    setFailure(undefined);
    try {
      const now = Date.now();
      const text = await createBackup(store, { passphrase: passphrase || undefined, now });
      setFile({
        text,
        name: `cbrn-nap-backup-${new Date(now).toISOString().slice(0, 10)}${passphrase ? '.encrypted' : ''}.json`,
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('exchange.backupHeading')}</h2>
      <p>
        {settings?.lastBackupAt
          ? t('exchange.lastBackup', {
              date: new Date(settings.lastBackupAt).toLocaleString(i18n.resolvedLanguage),
            })
          : t('exchange.noBackup')}
      </p>
      <PassphraseField label={t('exchange.passphraseOptional')} value={passphrase} onChange={setPassphrase} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void backup()}>
          {t('exchange.makeBackup')}
        </button>
        {file && <SaveLink key={file.name + file.text.length} text={file.text} fileName={file.name} />}
      </div>
      {failure && (
        <p className="error" role="alert">
          {t('exchange.failed', { message: failure })}
        </p>
      )}
      <p className="muted">{t('exchange.restoreHelp')}</p>
    </section>
  );
}
