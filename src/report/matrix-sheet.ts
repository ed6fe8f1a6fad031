import type { SheetData } from 'write-excel-file/universal';
import { makeContext, type ReportInput } from './report-context';
import { createReportTranslator } from './report-translator';

/** The action matrix as one spreadsheet row per action, for workshops. */
export function matrixSheet(input: ReportInput): { data: SheetData; widths: number[] } {
  const t = createReportTranslator(input.language);
  const ctx = makeContext(input, t);
  const header = [
    t('review.area'),
    t('report.matrix.no'),
    t('report.matrix.objective'),
    t('report.matrix.action'),
    t('report.matrix.type'),
    t('report.matrix.priority'),
    t('report.matrix.lead'),
    t('report.matrix.support'),
    t('report.matrix.when'),
    t('report.matrix.achievement'),
    t('report.matrix.cost'),
    t('report.matrix.status'),
    t('report.gap.current'),
    t('report.gap.target'),
    t('report.risk.score'),
  ];
  const rows: SheetData = [header.map((value) => ({ value, fontWeight: 'bold' as const }))];
  for (const area of input.plan.areas)
    area.actions.forEach((a) => {
      rows.push(
        [
          `${area.code} ${area.title}`,
          a.number ?? '—',
          ctx.objective(a) || t('report.matrix.otherActions'),
          a.description ? `${a.title}\n${a.description}` : a.title,
          t(`report.type.${a.type}`),
          t(`tier.${a.tier}`),
          ctx.agency(a.leadAgencyId),
          a.supportAgencyIds.map((id) => ctx.agency(id)).join(', '),
          `${a.start} – ${a.end}`,
          a.achievement,
          t(`report.cost.${a.costBand}`),
          t(`report.status.${a.status}`) + (a.dropReason ? `: ${a.dropReason}` : ''),
          a.trace?.current,
          a.trace?.target,
          a.trace?.risk,
        ].map((value) => ({ value, wrap: true })),
      );
    });
  return { data: rows, widths: [24, 8, 40, 60, 18, 10, 14, 18, 18, 36, 12, 14, 8, 8, 8] };
}
