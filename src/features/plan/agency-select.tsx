import { useTranslation } from 'react-i18next';
import type { Agency } from '../../domain/assessment/assessment';

/** An agency of the roster by its acronym (or name), or "to be assigned". */
export function agencyLabel(roster: readonly Agency[], id: string | null, unassigned: string): string {
  const agency = id ? roster.find((a) => a.id === id) : undefined;
  return agency ? agency.acronym || agency.name : unassigned;
}

/** A choice of one roster agency, or none ("to be assigned"): a lead, a responsible body, a risk owner. */
export function AgencySelect({
  label,
  value,
  roster,
  onChange,
}: {
  label: string;
  value: string | null;
  roster: readonly Agency[];
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('report.matrix.unassigned')}</option>
        {roster.map((a) => (
          <option key={a.id} value={a.id}>
            {a.acronym || a.name}
          </option>
        ))}
      </select>
    </label>
  );
}
