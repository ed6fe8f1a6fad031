import type { Question } from '../../../domain/questionnaire/schema';

export interface InputProps<Q extends Question = Question> {
  question: Q;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Set while "don't know" or "not applicable" is chosen: the value is kept but not used. */
  disabled: boolean;
  /** The id of the visible title, for aria-labelledby. */
  labelId: string;
  /** Ids of hint and error texts, for aria-describedby. */
  describedBy?: string;
  invalid: boolean;
}
