import type { SheetData } from 'write-excel-file/universal';
import { COST_BAND_BOUNDS } from '../domain/questionnaire/vocabulary';
import { makeContext, type ReportInput } from './report-context';
import { createReportTranslator } from './report-translator';

/** "2027-04" as the first day of that month (UTC), for a date cell. */
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * The action matrix as one spreadsheet row per action, for workshops: one column per field, numbers
 * as numbers (costs in EUR, levels, risk) and months as dates, so that the rows can be sorted,
 * filtered and summed.
 */
export function matrixSheet(input: ReportInput): { data: SheetData; widths: number[] } {
  const t = createReportTranslator(input.language);
  const ctx = makeContext(input, t);
  const header = [
    t('review.area'),
    t('report.matrix.no'),
    t('report.matrix.objective'),
    t('report.matrix.action'),
    t('report.sheet.description'),
    t('report.matrix.type'),
    t('report.matrix.priority'),
    t('report.sheet.priorityAction'),
    t('report.matrix.lead'),
    t('report.matrix.support'),
    t('report.sheet.start'),
    t('report.sheet.end'),
    t('report.matrix.achievement'),
    t('report.matrix.cost'),
    t('report.sheet.costLow'),
    t('report.sheet.costHigh'),
    t('report.matrix.status'),
    t('report.gap.current'),
    t('report.gap.target'),
    t('report.risk.score'),
    t('report.budget.objective'),
    t('report.budget.source'),
  ];
  const rows: SheetData = [header.map((value) => ({ value, fontWeight: 'bold' as const, wrap: true }))];
  const text = (value: string) => ({ value, wrap: true });
  const number = (value: number | undefined) => (value === undefined ? null : { value, type: Number });
  const month = (value: string) => ({ value: monthDate(value), type: Date, format: 'yyyy-mm' });
  const objectiveOf = new Map(
    input.structure.objectives.flatMap((o) => o.actions.map((a) => [a.id, ctx.objectiveTitle(o)] as const)),
  );
  for (const area of input.plan.areas)
    for (const a of area.actions) {
      const [low, high] = COST_BAND_BOUNDS[a.costBand];
      rows.push([
        text(`${area.code} ${area.title}`),
        text(a.number ?? '—'),
        text(ctx.objective(a) || t('report.matrix.otherActions')),
        text(ctx.field(a, 'title')),
        text(ctx.field(a, 'description')),
        text(t(`report.type.${a.type}`)),
        text(t(`tier.${a.tier}`)),
        text(a.priority ? t('report.sheet.yes') : ''),
        text(ctx.agency(a.leadAgencyId)),
        text(a.supportAgencyIds.map((id) => ctx.agency(id)).join(', ')),
        month(a.start),
        month(a.end),
        text(ctx.field(a, 'achievement')),
        text(t(`report.cost.${a.costBand}`)),
        number(low),
        number(high),
        text(t(`report.status.${a.status}`) + (a.dropReason ? `: ${ctx.field(a, 'dropReason')}` : '')),
        number(a.trace?.current),
        number(a.trace?.target),
        number(a.trace?.risk),
        text(objectiveOf.get(a.id) ?? '—'),
        text(t(`plan.funding.${a.fundingSource ?? 'unset'}`)),
      ]);
    }
  return {
    data: rows,
    widths: [24, 8, 40, 44, 50, 18, 10, 10, 14, 18, 10, 10, 36, 12, 12, 12, 14, 8, 8, 8, 36, 18],
  };
}
