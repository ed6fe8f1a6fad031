import type { AnswerState } from './answer';
import type { TableRow } from './answer-value';
import type { Question } from '../questionnaire/schema';
import type { LocalisedText } from '../questionnaire/text';
import { own } from '../own';

/** What an answer's words come from: translations, questionnaire text and agency names, in one language. */
export interface AnswerWords {
  t: (key: string, values?: Record<string, unknown>) => string;
  text: (value: LocalisedText | undefined) => string;
  agency: (id: string | null | undefined) => string;
  /** A "YYYY-MM-DD" day as the language writes it (else as stored). */
  dayText?: (iso: string) => string;
}

/** A stored scalar as text; anything else (a malformed value) as JSON rather than "[object Object]". */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

function optionLabel(ctx: AnswerWords, question: Question, id: unknown): string {
  if (question.kind === 'yesPartlyNo') return ctx.t(`fill.yesPartlyNo.${scalar(id)}`);
  const option = 'options' in question ? question.options.find((o) => o.id === id) : undefined;
  return option ? ctx.text(option.label) : scalar(id);
}

/**
 * An answer as plain text, for documents and for the screens that show earlier values. Text from
 * files stays text: callers never read it as markup.
 */
export function formatAnswer(ctx: AnswerWords, question: Question, state: AnswerState | undefined): string {
  const { t } = ctx;
  if (!state) return t('answer.unanswered');
  if (state.special === 'dontKnow') return t('answer.dontKnow');
  if (state.special === 'notApplicable') return t('answer.notApplicable');
  const value = state.value;
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return t('answer.unanswered');
  switch (question.kind) {
    case 'capacity': {
      const level = question.levels.find((l) => l.level === value);
      return level ? `${scalar(value)} — ${ctx.text(level.descriptor)}` : scalar(value);
    }
    case 'singleChoice':
    case 'yesPartlyNo':
      return optionLabel(ctx, question, value);
    case 'multipleChoice':
      return (value as unknown[]).map((v) => optionLabel(ctx, question, v)).join('; ');
    case 'date':
      return typeof value === 'string' && ctx.dayText ? ctx.dayText(value) : scalar(value);
    case 'number':
      return `${scalar(value)}${question.unit ? ` ${ctx.text(question.unit)}` : ''}`;
    case 'agency':
      return (Array.isArray(value) ? (value as string[]) : [value as string])
        .map((id) => ctx.agency(id))
        .join(', ');
    case 'risk': {
      const r = value as { likelihood?: number; impact?: number };
      return t('answer.risk', { likelihood: r.likelihood ?? '—', impact: r.impact ?? '—' });
    }
    case 'table':
      return (value as TableRow[])
        .map(
          (row, i) =>
            `${i + 1}. ${question.columns
              .filter((c) => own(row.cells, c.id) !== undefined && own(row.cells, c.id) !== '')
              .map((c) => {
                const cell = own(row.cells, c.id);
                const shown =
                  c.kind === 'agency'
                    ? ctx.agency(scalar(cell))
                    : c.kind === 'singleChoice'
                      ? ctx.text(c.options.find((o) => o.id === cell)?.label)
                      : c.kind === 'yesPartlyNo'
                        ? t(`fill.yesPartlyNo.${scalar(cell)}`)
                        : scalar(cell);
                return `${ctx.text(c.title)}: ${shown}`;
              })
              .join('; ')}`,
        )
        .join('\n');
    default:
      return scalar(value);
  }
}
