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

/** The attributes that tie an input to its question's title, hint and errors. */
export function ariaOf({
  labelId,
  describedBy,
  invalid,
}: Pick<InputProps, 'labelId' | 'describedBy' | 'invalid'>) {
  return { 'aria-labelledby': labelId, 'aria-describedby': describedBy, 'aria-invalid': invalid };
}

/** The chosen ids after one is ticked or unticked, in the order the options are listed. */
export function toggled(order: readonly string[], selected: ReadonlySet<string>, id: string): string[] {
  return order.filter((o) => (o === id ? !selected.has(id) : selected.has(o)));
}
