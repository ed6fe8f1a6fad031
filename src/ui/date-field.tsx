import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datePattern, formatIsoDate, parseTypedDate } from '../i18n/format';
import { useUiLanguage } from './ui-language';

interface Props {
  /** "YYYY-MM-DD", or undefined. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A date typed as the UI language writes it (15.01.2026 in Russian, 15/01/2026 in English), whatever
 * the browser's own locale: the browser's date input follows its installation, not the app. A date is
 * taken once it is a real calendar date; anything else is said at once and not taken.
 */
export function DateField({ value, onChange, disabled, ...aria }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const shown = value ? formatIsoDate(value, language) : '';
  const [draft, setDraft] = useState<string>();
  const hintId = useId();
  const text = draft ?? shown;
  const wrong = draft !== undefined && draft.trim() !== '' && parseTypedDate(draft) === undefined;
  return (
    <span className="date-field">
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={datePattern(language)}
        value={text}
        disabled={disabled}
        {...aria}
        aria-invalid={wrong || aria['aria-invalid']}
        aria-describedby={[aria['aria-describedby'], hintId].filter(Boolean).join(' ')}
        onChange={(e) => {
          const typed = e.target.value;
          setDraft(typed);
          if (typed.trim() === '') onChange(undefined);
          else {
            const iso = parseTypedDate(typed);
            if (iso) onChange(iso);
          }
        }}
        onBlur={() => {
          if (!wrong) setDraft(undefined);
        }}
      />
      <span id={hintId} className={wrong ? 'field-error' : 'visually-hidden'}>
        {wrong
          ? t('dateField.wrong', { pattern: datePattern(language) })
          : t('dateField.hint', { pattern: datePattern(language) })}
      </span>
    </span>
  );
}
