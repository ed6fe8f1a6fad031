import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passphraseScore, STRONG_ENOUGH } from '../../services/passphrase-strength';
import { PassphraseField } from './passphrase-field';

export interface PassphrasePair {
  first: string;
  repeat: string;
}

/**
 * What is wrong with a new passphrase (an i18n key under "exchange."), if anything: typed twice the
 * same, and hard enough to guess (a common password, a keyboard walk or eight spaces is not).
 */
export async function passphraseProblem({ first, repeat }: PassphrasePair): Promise<string | undefined> {
  if (first !== repeat) return 'passphraseMismatch';
  if (first === '') return undefined;
  if (first.length < 8) return 'passphraseShort';
  if ((await passphraseScore(first)) < STRONG_ENOUGH) return 'passphraseWeak';
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
  // The score of the passphrase as typed now; an older estimate (still arriving) is not shown.
  const [scored, setScored] = useState<{ of: string; score: number }>();
  useEffect(() => {
    let live = true;
    const of = value.first;
    if (of !== '') void passphraseScore(of).then((score) => live && setScored({ of, score }));
    return () => {
      live = false;
    };
  }, [value.first]);
  const score = value.first !== '' && scored?.of === value.first ? scored.score : undefined;
  return (
    <div className="new-passphrase">
      <PassphraseField
        label={label}
        value={value.first}
        onChange={(first) => onChange({ ...value, first })}
      />
      {score !== undefined && (
        <p className={score >= STRONG_ENOUGH ? 'ok' : 'warning'} data-testid="passphrase-strength">
          {t(`exchange.strength.${score}`)}
        </p>
      )}
      <PassphraseField
        label={t('exchange.passphraseRepeat')}
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
      />
      <p className="muted">{t('exchange.passphraseHelp')}</p>
      <p className="muted">{t('exchange.passphraseLost')}</p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
