import { formatNumber } from '../i18n/format';
import { OBLIGATIONS } from '../domain/questionnaire/vocabulary';
import { TIERS } from '../domain/scoring/config';
import { megaRange } from './chapters-plan';
import type { ReportContext } from './report-context';
import { LEVEL_FILL, riskFill, TIER_FILL, type Block, type Cell } from './report-model';

const liveActions = (ctx: ReportContext) =>
  ctx.plan.areas.flatMap((a) => a.actions).filter((a) => a.status !== 'dropped');

export function executiveSummary(ctx: ReportContext): Block[] {
  const { t, plan, priorities, structure, language } = ctx;
  const actions = liveActions(ctx);
  const { envelope, completeness, responsibilities } = structure;
  const top = priorities.ranked.slice(0, 10);
  const areaRows: Cell[][] = plan.areas.map((area) => {
    const mine = area.actions.filter((a) => a.status !== 'dropped');
    return [
      { text: `${area.code} ${area.title}` },
      ...TIERS.map((tier) => ({
        text: String(mine.filter((a) => a.tier === tier).length),
        align: 'center' as const,
      })),
      { text: String(mine.length), align: 'center', bold: true },
    ];
  });
  const totals: Cell[] = [
    { text: '', bold: true },
    ...TIERS.map((tier) => ({
      text: String(actions.filter((a) => a.tier === tier).length),
      align: 'center' as const,
      bold: true,
    })),
    { text: String(actions.length), align: 'center', bold: true },
  ];
  const budgetOf = new Map(structure.budget.rows.map((r) => [r.objectiveId, r.total]));
  return [
    { kind: 'heading', level: 1, text: t('report.ch1') },
    ...(completeness.partial
      ? [{ kind: 'paragraph' as const, style: 'note' as const, text: partialWarning(ctx) }]
      : []),
    {
      kind: 'paragraph',
      text: t('report.exec.intro', {
        count: actions.length,
        years: t('report.years', { count: plan.horizon }),
        country: ctx.countryName,
      }),
    },
    {
      kind: 'paragraph',
      text: t('report.exec.range', {
        low: formatNumber(envelope.low / 1e6, language, 1),
        high: formatNumber(envelope.high / 1e6, language, 1),
        count: actions.length,
      }),
    },
    { kind: 'heading', level: 2, text: t('report.exec.objectives') },
    {
      kind: 'table',
      columns: [
        { title: t('report.budget.objective'), width: 52 },
        { title: t('report.exec.actionsCol'), width: 14 },
        { title: t('tier.high'), width: 12 },
        { title: t('report.exec.costCol'), width: 22 },
      ],
      rows: structure.objectives.map((o) => [
        { text: ctx.objectiveTitle(o) },
        { text: String(o.actions.length), align: 'center' },
        { text: String(o.actions.filter((a) => a.tier === 'high').length), align: 'center' },
        { text: megaRange(budgetOf.get(o.id) ?? { low: 0, high: 0 }, language), align: 'right' },
      ]),
    },
    { kind: 'heading', level: 2, text: t('report.exec.top') },
    {
      kind: 'table',
      columns: [
        { title: '#', width: 5 },
        { title: t('report.gap.indicator'), width: 55 },
        { title: t('report.gap.level'), width: 15 },
        { title: t('report.gap.tier'), width: 12 },
        { title: t('report.exec.score'), width: 13 },
      ],
      rows: top.map((row, i) => {
        const q = ctx.question(row.questionId);
        return [
          { text: String(i + 1), align: 'center' },
          { text: `${q.code ?? ''} ${ctx.text(q.title)}`.trim() },
          { text: `${row.explanation.current} → ${row.explanation.target}`, align: 'center' },
          { text: t(`tier.${row.tier}`), fill: TIER_FILL[row.tier], align: 'center' },
          { text: ctx.number(row.explanation.score), align: 'center' },
        ];
      }),
    },
    { kind: 'heading', level: 2, text: t('report.exec.counts') },
    {
      kind: 'table',
      columns: [
        { title: t('review.area'), width: 52 },
        ...TIERS.map((tier) => ({ title: t(`tier.${tier}`), width: 12 })),
        { title: '∑', width: 12 },
      ],
      rows: [...areaRows, totals],
    },
    { kind: 'heading', level: 2, text: t('report.exec.decisions') },
    {
      kind: 'bullets',
      items: [
        responsibilities.withoutLead.length
          ? t('report.exec.withoutLead', {
              count: responsibilities.withoutLead.length,
              actions: responsibilities.withoutLead
                .slice(0, 12)
                .map((a) => a.number ?? '')
                .join(', '),
              more: responsibilities.withoutLead.length > 12 ? '…' : '',
            })
          : t('report.exec.allLed'),
        t('report.exec.confirmBudget', { count: envelope.counts['gt-1m'] }),
        t('report.exec.adopt'),
      ],
    },
    { kind: 'paragraph', style: 'note', text: t('report.exec.costNote') },
  ];
}

/** The warning of a plan built on part of the assessment, for the cover and the summary. */
export function partialWarning(ctx: ReportContext): string {
  const c = ctx.structure.completeness;
  return ctx.t('report.partial', {
    assessed: c.assessed,
    count: c.indicators,
    share: formatNumber(Math.floor(c.share * 100), ctx.language, 0),
  });
}

export function contextChapter(ctx: ReportContext): Block[] {
  const { t, priorities } = ctx;
  const assessed = new Map<string, { level: number; gap: boolean }>();
  for (const r of priorities.ranked) assessed.set(r.questionId, { level: r.explanation.current, gap: true });
  for (const r of priorities.atTarget)
    if (r.result.assessed) assessed.set(r.questionId, { level: r.result.level, gap: false });
  const rows: Cell[][] = OBLIGATIONS.flatMap((instrument) => {
    const mine = ctx.index.questions
      .filter((e) => e.question.scoring?.obligations.includes(instrument))
      .map((e) => assessed.get(e.question.id))
      .filter((x) => x !== undefined);
    if (mine.length === 0) return [];
    const mean = mine.reduce((s, x) => s + x.level, 0) / mine.length;
    return [
      [
        { text: t(`report.ctx.instr.${instrument}`) },
        { text: String(mine.length), align: 'center' as const },
        { text: ctx.number(mean), align: 'center' as const, fill: LEVEL_FILL[Math.round(mean)] },
        { text: String(mine.filter((x) => x.gap).length), align: 'center' as const },
      ],
    ];
  });
  return [
    { kind: 'heading', level: 1, text: t('report.ch2') },
    {
      kind: 'paragraph',
      text: t('report.ctx.intro', { country: ctx.countryName, agencies: ctx.assessment.roster.length }),
    },
    {
      kind: 'table',
      columns: [
        { title: t('report.ctx.instrument'), width: 55 },
        { title: t('report.ctx.indicators'), width: 15 },
        { title: t('report.ctx.mean'), width: 15 },
        { title: t('report.ctx.gaps'), width: 15 },
      ],
      rows,
    },
  ];
}

export function methodology(ctx: ReportContext): Block[] {
  const { t, review, log } = ctx;
  const shown = ctx.visibility.questions.size;
  const answered = [...ctx.visibility.questions].filter((id) => {
    const s = ctx.records.get(id);
    return s && (s.special !== undefined || (s.value !== undefined && s.value !== ''));
  }).length;
  const reviewers = [...new Set(log.map((e) => e.reviewer).filter(Boolean))];
  const config = review.config;
  return [
    { kind: 'heading', level: 1, text: t('report.ch3') },
    {
      kind: 'paragraph',
      text: t('report.method.questionnaire', {
        questionnaire: ctx.text(ctx.questionnaire.title),
        version: ctx.questionnaire.version,
        areas: ctx.questionnaire.areas.length,
        indicators: ctx.index.questions.filter((e) => e.question.scoring).length,
        answered,
        shown,
      }),
    },
    { kind: 'paragraph', text: t('report.method.scale') },
    {
      kind: 'table',
      columns: [
        { title: t('report.gap.level'), width: 12 },
        { title: '', width: 28 },
        { title: '', width: 60 },
      ],
      rows: [1, 2, 3, 4, 5].map((n) => [
        { text: String(n), align: 'center', fill: LEVEL_FILL[n] },
        { text: t(`report.scale.${n}`), bold: true },
        { text: t(`report.scale.${n}d`) },
      ]),
    },
    { kind: 'paragraph', text: t('report.method.scoring') },
    {
      kind: 'paragraph',
      text: t('report.method.formula', {
        obligation: 1 + config.obligationBonus,
        rule: t(config.riskRule === 'max' ? 'report.method.ruleMax' : 'report.method.ruleMean'),
        step: config.dependencyStep,
        cap: config.dependencyCap,
      }),
    },
    {
      kind: 'paragraph',
      text:
        config.tierRule === 'threshold'
          ? t('report.method.tiers', { high: config.highFrom, medium: config.mediumFrom })
          : t(config.budgetBy === 'actions' ? 'report.method.budgetActions' : 'report.method.budgetCost', {
              high: config.budgetBy === 'actions' ? config.highActions : config.highCost,
              medium: config.budgetBy === 'actions' ? config.mediumActions : config.mediumCost,
              floor: config.floorRisk,
            }),
    },
    {
      kind: 'paragraph',
      text: t('report.method.review', {
        decisions: log.length,
        reviewers: reviewers.join(', ') || '—',
        overrides: log.filter((e) => OVERRIDES.has(e.kind)).length,
        state: t(`reviewState.${review.state}`),
      }),
    },
    { kind: 'paragraph', text: t('report.method.marks') },
    {
      kind: 'paragraph',
      text: t('report.method.actions', {
        medium: ctx.plan.horizon === 5 ? 12 : 3,
        low: ctx.plan.horizon === 5 ? 24 : 6,
      }),
    },
  ];
}

/** Decisions that change a computed value: each needs a written reason. */
const OVERRIDES = new Set(['tier', 'target', 'areaTarget', 'scenarioRating', 'scenarioLinks']);

export function riskChapter(ctx: ReportContext): Block[] {
  const { t, priorities } = ctx;
  const profile = [...priorities.profile].sort((a, b) => b.score - a.score);
  if (profile.length === 0)
    return [
      { kind: 'heading', level: 1, text: t('report.ch4') },
      { kind: 'paragraph', text: t('report.risk.none') },
    ];
  const number = new Map(profile.map((s, i) => [s.questionId, i + 1]));
  const matrix: Cell[][] = [5, 4, 3, 2, 1].map((likelihood) => [
    { text: String(likelihood), bold: true, align: 'center' },
    ...[1, 2, 3, 4, 5].map((impact) => ({
      text: profile
        .filter((s) => s.likelihood === likelihood && s.impact === impact)
        .map((s) => number.get(s.questionId))
        .join(', '),
      fill: riskFill(likelihood * impact),
      align: 'center' as const,
    })),
  ]);
  return [
    { kind: 'heading', level: 1, text: t('report.ch4') },
    { kind: 'paragraph', text: t('report.risk.intro', { count: profile.length }) },
    {
      kind: 'table',
      columns: [
        { title: '#', width: 6 },
        { title: t('report.risk.scenario'), width: 44 },
        { title: t('report.risk.hazard'), width: 14 },
        { title: t('report.risk.likelihood'), width: 13 },
        { title: t('report.risk.impact'), width: 13 },
        { title: t('report.risk.score'), width: 10 },
      ],
      rows: profile.map((s, i) => [
        { text: String(i + 1), align: 'center' },
        { text: ctx.text(ctx.question(s.questionId).title) },
        { text: t(`hazard.${s.hazard}`) },
        { text: String(s.likelihood), align: 'center' },
        { text: String(s.impact), align: 'center' },
        { text: String(s.score), align: 'center', fill: riskFill(s.score), bold: true },
      ]),
    },
    {
      kind: 'table',
      caption: t('report.risk.matrix'),
      columns: [
        { title: `${t('report.risk.likelihood')} \\ ${t('report.risk.impact')}`, width: 20 },
        ...[1, 2, 3, 4, 5].map((n) => ({ title: String(n), width: 16 })),
      ],
      rows: matrix,
    },
  ];
}
