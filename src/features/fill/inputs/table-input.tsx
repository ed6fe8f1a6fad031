import type { TableRow } from '../../../domain/assessment/answer-value';
import type { Question, TableColumn } from '../../../domain/questionnaire/schema';
import { YES_PARTLY_NO } from '../../../domain/questionnaire/vocabulary';
import { useFill } from '../session-context';
import { agencyLabel } from './agency-input';
import type { InputProps } from './input-props';
import { parseNumber } from './scalar-inputs';
import { DateField } from '../../../ui/date-field';
import { useText } from '../../../ui/use-text';
import { own } from '../../../domain/own';

type TableQuestion = Extract<Question, { kind: 'table' }>;

function Cell({
  column,
  value,
  onChange,
  label,
  disabled,
}: {
  column: TableColumn;
  value: unknown;
  onChange: (v: unknown) => void;
  label: string;
  disabled: boolean;
}) {
  const { roster, questionnaire, t } = useFill();
  const text = useText(questionnaire.defaultLanguage);
  const common = { 'aria-label': label, disabled };
  switch (column.kind) {
    case 'number':
      return (
        <input
          type="number"
          step={column.integer ? 1 : 'any'}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(parseNumber(e.target.value))}
          {...common}
        />
      );
    case 'date':
      return (
        <DateField value={typeof value === 'string' ? value : undefined} onChange={onChange} {...common} />
      );
    case 'longText':
      return (
        <textarea
          rows={2}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          {...common}
        />
      );
    case 'shortText':
      return (
        <input
          type="text"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          {...common}
        />
      );
    default: {
      const options =
        column.kind === 'yesPartlyNo'
          ? YES_PARTLY_NO.map((id) => ({ id, label: t(`fill.yesPartlyNo.${id}`) }))
          : column.kind === 'singleChoice'
            ? column.options.map((o) => ({ id: o.id, label: text(o.label) }))
            : roster.map((a) => ({ id: a.id, label: agencyLabel(a) }));
      return (
        <select
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
          {...common}
        >
          <option value="">—</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
  }
}

/** A list of records (laboratories, source holders…): one row each, typed columns. */
export function TableInput({
  question,
  value,
  onChange,
  disabled,
  labelId,
  describedBy,
  invalid,
}: InputProps<TableQuestion>) {
  const { questionnaire, t } = useFill();
  const rows = Array.isArray(value) ? (value as TableRow[]) : [];
  const text = useText(questionnaire.defaultLanguage);
  const rowLabel = question.rowLabel ? text(question.rowLabel) : t('fill.table.row');
  // The file's own words for the add button read right in each language ("Добавить лабораторию");
  // a label built from the row's name would not.
  const addLabel = question.addRowLabel
    ? text(question.addRowLabel)
    : t('fill.table.add', { row: rowLabel, context: /^[aeiou]/i.test(rowLabel) ? 'an' : undefined });
  const setCell = (i: number, column: string, cell: unknown) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, cells: { ...r.cells, [column]: cell } } : r)));
  return (
    <div className="table-input" aria-describedby={describedBy} aria-invalid={invalid}>
      <table aria-labelledby={labelId}>
        <thead>
          <tr>
            <th scope="col">
              # <span className="visually-hidden">{t('fill.table.actions')}</span>
            </th>
            {question.columns.map((c) => (
              <th key={c.id} scope="col">
                {text(c.title)}
                {c.required && <span aria-label={t('fill.required')}> *</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id}>
              <th scope="row" className="row-head">
                {i + 1}
                <button
                  type="button"
                  className="remove-row"
                  disabled={disabled}
                  aria-label={t('fill.table.remove', { n: i + 1, row: rowLabel })}
                  title={t('fill.table.remove', { n: i + 1, row: rowLabel })}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </th>
              {question.columns.map((c) => (
                <td key={c.id}>
                  <Cell
                    column={c}
                    value={own(row.cells, c.id)}
                    disabled={disabled}
                    label={`${text(c.title)} — ${rowLabel} ${i + 1}`}
                    onChange={(v) => setCell(i, c.id, v)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">{t('fill.table.empty')}</p>}
      <button
        type="button"
        disabled={disabled}
        onClick={() => onChange([...rows, { id: crypto.randomUUID(), cells: {} }])}
      >
        {addLabel}
      </button>
    </div>
  );
}
