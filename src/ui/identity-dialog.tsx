import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../domain/assessment/assessment';

export interface Identity {
  name: string;
  agency: string;
}

/**
 * Asks who is answering before the first answer is stamped: every answer carries its author, so a
 * merged assessment says who answered what. Remembered on this device (Settings changes it).
 */
export function IdentityDialog({
  roster,
  onSave,
  onLater,
}: {
  roster: Agency[];
  onSave: (identity: Identity) => Promise<void>;
  onLater: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [problem, setProblem] = useState(false);
  useEffect(() => ref.current?.showModal(), []);
  const save = async () => {
    if (!name.trim()) return setProblem(true);
    await onSave({ name: name.trim(), agency: agency.trim() });
    ref.current?.close();
  };
  return (
    <dialog ref={ref} aria-labelledby="identity-title" onCancel={onLater} data-testid="identity-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="identity-title">{t('identity.title')}</h2>
        <p>{t('identity.why')}</p>
        <label>
          {t('identity.name')}
          <input
            type="text"
            value={name}
            maxLength={120}
            autoComplete="name"
            aria-invalid={problem}
            aria-describedby={problem ? 'identity-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {problem && (
          <p className="field-error" id="identity-error" role="alert">
            {t('identity.nameRequired')}
          </p>
        )}
        <label>
          {t('identity.agency')}
          <input
            type="text"
            list="identity-agencies"
            value={agency}
            maxLength={60}
            onChange={(e) => setAgency(e.target.value)}
          />
          <datalist id="identity-agencies">
            {roster.map((a) => (
              <option key={a.id} value={a.acronym || a.name}>
                {a.name}
              </option>
            ))}
          </datalist>
        </label>
        <p className="muted">{t('identity.where')}</p>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('identity.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              ref.current?.close();
              onLater();
            }}
          >
            {t('identity.later')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
