import type { Question } from '../../../domain/questionnaire/schema';
import { QuestionnaireText } from '../../../ui/questionnaire-text';
import { useFill } from '../session-context';
import { ariaOf, type InputProps } from './input-props';

type CapacityQuestion = Extract<Question, { kind: 'capacity' }>;

/** Five described levels as radio buttons: the descriptor is the label, so a level is chosen by what is true. */
export function CapacityInput({
  question,
  value,
  onChange,
  disabled,
  ...aria
}: InputProps<CapacityQuestion>) {
  const { questionnaire } = useFill();
  const levels = [...question.levels].sort((a, b) => a.level - b.level);
  return (
    <div role="radiogroup" {...ariaOf(aria)} className="levels">
      {levels.map((l) => (
        <label key={l.level} className={`level level-${l.level}`}>
          <input
            type="radio"
            name={question.id}
            value={l.level}
            checked={value === l.level}
            disabled={disabled}
            onChange={() => onChange(l.level)}
          />
          <span className="level-number" aria-hidden="true">
            {l.level}
          </span>
          <span className="level-text">
            <QuestionnaireText text={l.descriptor} defaultLanguage={questionnaire.defaultLanguage} />
          </span>
        </label>
      ))}
    </div>
  );
}
