import { useTranslation } from 'react-i18next';

/** A labelled choice among a few values (a scale step, a level, a scenario). */
export function PickField<V extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V | '';
  options: readonly { value: V | ''; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(ev) => onChange(ev.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export const steps = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ value: from + i, label: String(from + i) }));

/** The required reason of a review decision, and what is wrong with the form, if anything. */
export function ReasonField({
  value,
  onChange,
  problem,
}: {
  value: string;
  onChange: (value: string) => void;
  problem?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('review.reason')}
        <input type="text" value={value} onChange={(ev) => onChange(ev.target.value)} />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
