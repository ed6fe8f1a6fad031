import { describe, expect, it } from 'vitest';
import { defaultPriorityConfig } from '../../../../src/domain/scoring/config';
import {
  mergeReviewLogs,
  reviewEntrySchema,
  summariseReview,
  type ReviewEntry,
} from '../../../../src/domain/scoring/review';
import { T0 } from '../../../../tests/builders/assessment';

const DEFAULT_PRIORITY_CONFIG = defaultPriorityConfig(5);

const entry = (e: Partial<ReviewEntry> & Pick<ReviewEntry, 'kind'>): ReviewEntry =>
  reviewEntrySchema.parse({
    id: `e${e.at ?? 0}-${e.kind}`,
    assessmentId: 'a1',
    at: T0,
    reviewer: 'Dr Expert',
    ...e,
  });

describe('the review log', () => {
  it.each([
    [
      'a tier override without a reason',
      { kind: 'tier', indicatorId: 'x', from: 'low', to: 'high', reason: '  ' },
      'reason',
    ],
    ['a target override without a reason', { kind: 'target', indicatorId: 'x', from: null, to: 4 }, 'reason'],
    ['a target off the scale', { kind: 'target', indicatorId: 'x', from: null, to: 6, reason: 'x' }, 'to'],
    ['an empty comment', { kind: 'comment', indicatorId: 'x', text: '' }, 'text'],
    [
      'a re-rating without a reason',
      { kind: 'scenarioRating', scenarioId: 's', from: null, to: { likelihood: 4, impact: 4 }, reason: '' },
      'reason',
    ],
    [
      'a re-rating off the scale',
      { kind: 'scenarioRating', scenarioId: 's', from: null, to: { likelihood: 6, impact: 4 }, reason: 'x' },
      'to',
    ],
    [
      'risk drivers chosen as none',
      { kind: 'scenarioLinks', indicatorId: 'x', from: null, to: [], reason: 'x' },
      'to',
    ],
    ['an area target without a reason', { kind: 'areaTarget', areaId: 'bio', from: null, to: 3 }, 'reason'],
  ])('refuses %s', (_name, e, field) => {
    const parsed = reviewEntrySchema.safeParse({ id: 'e1', assessmentId: 'a1', at: T0, reviewer: 'R', ...e });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path[0]).toEqual(field);
  });

  it('derives state, reviewed marks and overrides, latest first', () => {
    const s = summariseReview(
      [
        entry({ kind: 'state', from: 'draft', to: 'inReview', at: T0 + 1 }),
        entry({ kind: 'reviewed', indicatorId: 'a', reviewed: true, at: T0 + 2 }),
        entry({ kind: 'reviewed', indicatorId: 'a', reviewed: false, at: T0 + 3 }),
        entry({ kind: 'reviewed', indicatorId: 'b', reviewed: true, at: T0 + 4 }),
        entry({ kind: 'comment', indicatorId: 'b', text: 'Check the 2024 inspection report', at: T0 + 5 }),
      ],
      DEFAULT_PRIORITY_CONFIG,
    );
    expect(s.state).toBe('inReview');
    expect([...s.reviewed]).toEqual(['b']);
    expect(s.byIndicator.get('b')?.map((e) => e.kind)).toEqual(['reviewed', 'comment']);
  });

  it('keeps the latest re-rating, area target and choice of drivers; null withdraws them', () => {
    const s = summariseReview(
      [
        entry({
          kind: 'scenarioRating',
          scenarioId: 's1',
          from: null,
          to: { likelihood: 2, impact: 2 },
          reason: 'a',
          at: T0 + 1,
        }),
        entry({
          kind: 'scenarioRating',
          scenarioId: 's1',
          from: null,
          to: { likelihood: 5, impact: 4 },
          reason: 'b',
          at: T0 + 2,
        }),
        entry({ kind: 'areaTarget', areaId: 'bio', from: null, to: 3, reason: 'c', at: T0 + 3 }),
        entry({ kind: 'scenarioLinks', indicatorId: 'x', from: null, to: ['s1'], reason: 'd', at: T0 + 4 }),
        entry({ kind: 'scenarioLinks', indicatorId: 'x', from: ['s1'], to: null, reason: 'e', at: T0 + 5 }),
      ],
      DEFAULT_PRIORITY_CONFIG,
    );
    expect(s.ratings.get('s1')).toMatchObject({ value: { likelihood: 5, impact: 4 }, reason: 'b' });
    expect(s.areaTargets.get('bio')).toMatchObject({ value: 3, reason: 'c' });
    expect(s.links.has('x')).toBe(false);
    expect(s.byIndicator.get('x')?.map((e) => e.kind)).toEqual(['scenarioLinks', 'scenarioLinks']);
  });

  it('merges logs from two devices without duplicates, in time order', () => {
    const a = entry({ kind: 'comment', indicatorId: 'x', text: 'one', at: T0 + 2 });
    const b = entry({ kind: 'accept', indicatorId: 'x', at: T0 + 1 });
    expect(mergeReviewLogs([a, b], [a]).map((e) => e.id)).toEqual([b.id, a.id]);
  });
});
