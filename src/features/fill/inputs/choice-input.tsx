import type { LocalisedText as Text } from '../../../domain/questionnaire/text';
import { YES_PARTLY_NO } from '../../../domain/questionnaire/vocabulary';
import { isExclusiveOption } from '../../../domain/validation/validate-answer';
import { QuestionnaireText } from '../../../ui/questionnaire-text';
import { useFill } from '../session-context';
import { ariaOf, toggled, type InputProps } from './input-props';

interface Option {
  id: string;
  label: Text | string;
}

function OptionLabel({ label }: { label: Text | string }) {
  const { questionnaire } = useFill();
  return typeof label === 'string' ? (
    <>{label}</>
  ) : (
    <QuestionnaireText text={label} defaultLanguage={questionnaire.defaultLanguage} />
  );
}

/** Radio buttons (one answer) or checkboxes (several), for choice and yes/partly/no questions. */
export function ChoiceInput({ question, value, onChange, disabled, ...aria }: InputProps) {
  const { t } = useFill();
  const multiple = question.kind === 'multipleChoice';
  const options: Option[] =
    question.kind === 'yesPartlyNo'
      ? YES_PARTLY_NO.map((id) => ({ id, label: t(`fill.yesPartlyNo.${id}`) }))
      : 'options' in question
        ? question.options
        : [];
  const selected = new Set(
    Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [],
  );
  const exclusive = new Set(
    question.kind === 'multipleChoice' ? question.options.filter(isExclusiveOption).map((o) => o.id) : [],
  );
  const toggle = (id: string) => {
    if (!multiple) return onChange(id);
    const next = toggled(
      options.map((o) => o.id),
      selected,
      id,
    );
    // "None of these" clears the others, and any other option clears "none of these".
    if (!next.includes(id)) return onChange(next);
    onChange(exclusive.has(id) ? [id] : next.filter((o) => !exclusive.has(o)));
  };
  return (
    <div
      role={multiple ? 'group' : 'radiogroup'}
      {...ariaOf(aria)}
      className={question.kind === 'yesPartlyNo' ? 'options inline' : 'options'}
    >
      {options.map((o) => (
        <label key={o.id} className="option">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={question.id}
            value={o.id}
            checked={selected.has(o.id)}
            disabled={disabled}
            onChange={() => toggle(o.id)}
          />{' '}
          <OptionLabel label={o.label} />
        </label>
      ))}
    </div>
  );
}
