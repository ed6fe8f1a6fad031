import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { computeProgress } from '../../../../src/domain/validation/progress';
import { answers, fullFeature } from '../../../../tests/builders/questionnaire';

const index = indexQuestionnaire(fullFeature());

const ctx = { agencyIds: new Set(['moh', 'customs']), today: '2026-01-15' };

describe('computeProgress', () => {
  it('counts shown questions only, and lists required and invalid ones', () => {
    const given = answers({
      'bio.has-bsl3': { value: 'yes' },
      'bio.labs': { value: [{ id: 'r1', cells: { staff: 3 } }] },
      'bio.treaties': { special: 'dontKnow' },
      'bio.transport': { value: 'yes' },
    });
    const p = computeProgress(index, computeVisibility(index, given), given, ctx);
    const bio = p.areas.find((a) => a.areaId === 'bio')!;
    expect(bio).toEqual({
      areaId: 'bio',
      visible: true,
      total: 6,
      answered: 4,
      requiredMissing: 1,
      invalid: 1,
    });
    expect(p.areas.find((a) => a.areaId === 'ops')).toMatchObject({ visible: false, total: 0 });
    expect(p).toMatchObject({ total: 6, answered: 4, percent: 66 });
    expect(p.outstanding.map((o) => [o.questionId, o.reason])).toEqual([
      ['bio.authority', 'required'],
      ['bio.labs', 'invalid'],
    ]);
  });

  it('keeps hidden answers out of progress', () => {
    const given = answers({ 'bio.has-bsl3': { value: 'no' }, 'bio.inventory': { value: 'paper' } });
    const p = computeProgress(index, computeVisibility(index, given), given, ctx);
    // shown: bio.authority, bio.has-bsl3, bio.treaties (the group, transport and the BWC date are hidden)
    expect(p.areas[0]).toMatchObject({ total: 3, answered: 1 });
  });
});
