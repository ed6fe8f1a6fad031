import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { monthNames } from '../i18n/format';
import { useUiLanguage } from './ui-language';

/**
 * A month ("YYYY-MM") as a month name and a year in the UI language: the browser's month input
 * follows its installation's locale, not the app's.
 */
export function MonthField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = useId();
  const [year = '', month = '01'] = value.split('-');
  const set = (y: string, m: string) => {
    if (/^\d{4}$/.test(y)) onChange(`${y}-${m}`);
  };
  return (
    <fieldset className="month-field" aria-labelledby={`${id}-label`}>
      <legend id={`${id}-label`}>{label}</legend>
      <select
        aria-label={t('monthField.month', { label })}
        value={month}
        onChange={(e) => set(year, e.target.value)}
      >
        {monthNames(language).map((name, i) => (
          <option key={name} value={String(i + 1).padStart(2, '0')}>
            {name}
          </option>
        ))}
      </select>
      <input
        type="number"
        aria-label={t('monthField.year', { label })}
        min={2000}
        max={2100}
        step={1}
        value={year}
        onChange={(e) => set(e.target.value, month)}
      />
    </fieldset>
  );
}
