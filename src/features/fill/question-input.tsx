import { AgencyInput } from './inputs/agency-input';
import { CapacityInput } from './inputs/capacity-input';
import { ChoiceInput } from './inputs/choice-input';
import type { InputProps } from './inputs/input-props';
import { RiskInput } from './inputs/risk-input';
import { DateInput, NumberInput, TextInput } from './inputs/scalar-inputs';
import { TableInput } from './inputs/table-input';

/** The input for each question kind. */
export function QuestionInput(props: InputProps) {
  const { question } = props;
  switch (question.kind) {
    case 'capacity':
      return <CapacityInput {...props} question={question} />;
    case 'singleChoice':
    case 'multipleChoice':
    case 'yesPartlyNo':
      return <ChoiceInput {...props} />;
    case 'number':
      return <NumberInput {...props} />;
    case 'shortText':
    case 'longText':
      return <TextInput {...props} />;
    case 'date':
      return <DateInput {...props} />;
    case 'agency':
      return <AgencyInput {...props} question={question} />;
    case 'table':
      return <TableInput {...props} question={question} />;
    case 'risk':
      return <RiskInput {...props} />;
  }
}
