import type { AnswerState } from '../domain/assessment/answer';
import type { TableRow } from '../domain/assessment/answer-value';
import type { Question } from '../domain/questionnaire/schema';
import type { ReportContext } from './report-context';
import { own } from '../domain/own';

/** A stored scalar as text; anything else (a malformed value) as JSON rather than "[object Object]". */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

function optionLabel(ctx: ReportContext, question: Question, id: unknown): string {
  if (question.kind === 'yesPartlyNo') return ctx.t(`fill.yesPartlyNo.${scalar(id)}`);
  const option = 'options' in question ? question.options.find((o) => o.id === id) : undefined;
  return option ? ctx.text(option.label) : scalar(id);
}

/** An answer as plain text for the document. Text from files stays text: the renderer never reads it as markup. */
export function formatAnswer(ctx: ReportContext, question: Question, state: AnswerState | undefined): string {
  const { t } = ctx;
  if (!state) return t('report.annexA.unanswered');
  if (state.special === 'dontKnow') return t('report.annexA.dontKnow');
  if (state.special === 'notApplicable') return t('report.annexA.notApplicable');
  const value = state.value;
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return t('report.annexA.unanswered');
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
    case 'number':
      return `${scalar(value)}${question.unit ? ` ${ctx.text(question.unit)}` : ''}`;
    case 'agency':
      return (Array.isArray(value) ? (value as string[]) : [value as string])
        .map((id) => ctx.agency(id))
        .join(', ');
    case 'risk': {
      const r = value as { likelihood?: number; impact?: number };
      return t('report.annexA.risk', { likelihood: r.likelihood ?? '—', impact: r.impact ?? '—' });
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
