import { useTranslation } from 'react-i18next';
import { PassphraseField } from './passphrase-field';

export interface PassphrasePair {
  first: string;
  repeat: string;
}

/** What is wrong with a new passphrase (an i18n key under "exchange."), if anything. */
export function passphraseProblem({ first, repeat }: PassphrasePair): string | undefined {
  if (first !== repeat) return 'passphraseMismatch';
  if (first && first.length < 8) return 'passphraseShort';
  return undefined;
}

/** A new passphrase typed twice: one typo in a single field would lock the file for ever. */
export function NewPassphrase({
  value,
  onChange,
  problem,
  label,
}: {
  value: PassphrasePair;
  onChange: (value: PassphrasePair) => void;
  problem?: string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="new-passphrase">
      <PassphraseField
        label={label}
        value={value.first}
        onChange={(first) => onChange({ ...value, first })}
      />
      <PassphraseField
        label={t('exchange.passphraseRepeat')}
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
      />
      <p className="muted">{t('exchange.passphraseHelp')}</p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
