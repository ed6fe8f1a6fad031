import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup } from '../../services/exchange-service';
import { useStore } from '../../ui/store-context';
import { useLive } from '../../storage/store';
import { NewPassphrase, passphraseProblem } from './new-passphrase';
import { SaveLink } from '../../ui/save-link';
import { formatDateTime } from '../../i18n/format';

/** Everything on this device in one file, optionally encrypted; restoring is done from the import panel. */
export function BackupPanel() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const settings = useLive(() => store.settings.get(), [store]);
  const [passphrase, setPassphrase] = useState({ first: '', repeat: '' });
  const [problem, setProblem] = useState<string>();
  const [file, setFile] = useState<{ text: string; name: string; at: number }>();
  const [failure, setFailure] = useState<string>();
  const backup = async () => {
    setFailure(undefined);
    const wrong = await passphraseProblem(passphrase);
    setProblem(wrong && t(`exchange.${wrong}`));
    if (wrong) return;
    try {
      const now = Date.now();
      const text = await createBackup(store, { passphrase: passphrase.first || undefined, now });
      setFile({
        text,
        at: now,
        name: `cbrn-nap-backup-${new Date(now).toISOString().slice(0, 10)}${passphrase.first ? '.encrypted' : ''}.json`,
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
              date: formatDateTime(settings.lastBackupAt, i18n.resolvedLanguage ?? 'en'),
            })
          : t('exchange.noBackup')}
      </p>
      <NewPassphrase
        label={t('exchange.passphraseOptional')}
        value={passphrase}
        onChange={setPassphrase}
        problem={problem}
      />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void backup()}>
          {t('exchange.makeBackup')}
        </button>
        {file && (
          <SaveLink
            key={file.name + file.text.length}
            text={file.text}
            fileName={file.name}
            // The backup counts once its file is saved, not when it is made.
            onSave={() => void store.settings.set({ lastBackupAt: file.at })}
          />
        )}
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
