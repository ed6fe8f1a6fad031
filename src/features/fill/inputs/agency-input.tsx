import type { Question } from '../../../domain/questionnaire/schema';
import { useFill } from '../session-context';
import { ariaOf, toggled, type InputProps } from './input-props';

type AgencyQuestion = Extract<Question, { kind: 'agency' }>;

export function agencyLabel(agency: { name: string; acronym: string }): string {
  return agency.acronym ? `${agency.name} (${agency.acronym})` : agency.name;
}

/** One or several agencies of the assessment's National Team roster. */
export function AgencyInput({ question, value, onChange, disabled, ...aria }: InputProps<AgencyQuestion>) {
  const { roster, t } = useFill();
  if (roster.length === 0) return <p className="muted">{t('fill.noRoster')}</p>;
  if (question.multiple) {
    const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
    return (
      <div role="group" {...ariaOf(aria)} className="options">
        {roster.map((a) => (
          <label key={a.id} className="option">
            <input
              type="checkbox"
              checked={selected.has(a.id)}
              disabled={disabled}
              onChange={() =>
                onChange(
                  toggled(
                    roster.map((r) => r.id),
                    selected,
                    a.id,
                  ),
                )
              }
            />{' '}
            {agencyLabel(a)}
          </label>
        ))}
      </div>
    );
  }
  return (
    <select
      value={typeof value === 'string' ? value : ''}
      disabled={disabled}
      {...ariaOf(aria)}
      onChange={(e) => onChange(e.target.value || undefined)}
    >
      <option value="">{t('fill.chooseAgency')}</option>
      {roster.map((a) => (
        <option key={a.id} value={a.id}>
          {agencyLabel(a)}
        </option>
      ))}
    </select>
  );
}
