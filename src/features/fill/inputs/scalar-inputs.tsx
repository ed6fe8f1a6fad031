import type { Question } from '../../../domain/questionnaire/schema';
import { DateField } from '../../../ui/date-field';
import { QuestionnaireText } from '../../../ui/questionnaire-text';
import { useFill } from '../session-context';
import { ariaOf, type InputProps } from './input-props';

/** An empty field is "no value", never 0. */
export function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function NumberInput({ question, value, onChange, disabled, ...aria }: InputProps) {
  const { questionnaire } = useFill();
  const unit = question.kind === 'number' ? question.unit : undefined;
  return (
    <span className="with-unit">
      <input
        type="number"
        inputMode="decimal"
        step={question.kind === 'number' && question.integer ? 1 : 'any'}
        value={typeof value === 'number' ? value : ''}
        disabled={disabled}
        {...ariaOf(aria)}
        onChange={(e) => onChange(parseNumber(e.target.value))}
      />
      {unit && (
        <span className="unit">
          <QuestionnaireText text={unit} defaultLanguage={questionnaire.defaultLanguage} />
        </span>
      )}
    </span>
  );
}

export function TextInput({ question, value, onChange, disabled, ...aria }: InputProps) {
  const common = {
    value: typeof value === 'string' ? value : '',
    disabled,
    ...ariaOf(aria),
  };
  if (question.kind === 'longText')
    return <textarea rows={4} {...common} onChange={(e) => onChange(e.target.value)} />;
  return <input type="text" {...common} onChange={(e) => onChange(e.target.value)} />;
}

export function DateInput({ value, onChange, disabled, ...aria }: InputProps<Question>) {
  return (
    <DateField
      value={typeof value === 'string' ? value : undefined}
      disabled={disabled}
      {...ariaOf(aria)}
      onChange={onChange}
    />
  );
}
