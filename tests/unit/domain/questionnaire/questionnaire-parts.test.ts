import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../../src/domain/questionnaire/condition';
import {
  areaNeeds,
  areasToOpen,
  assembleQuestionnaire,
  bareQuestionnaire,
  splitQuestionnaire,
} from '../../../../src/domain/questionnaire/questionnaire-parts';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import { computeProgress } from '../../../../src/domain/validation/progress';
import type { Area } from '../../../../src/domain/questionnaire/schema';
import { answers, fullFeature } from '../../../builders/questionnaire';

const answered = (question: string): Condition => ({ op: 'answered', question });
const text = { en: 'x' };
/** An area `id` with questions `<id>.q1`, `<id>.q2`; q2 shown only when `on` is answered. */
function area(id: string, on?: string, areaCondition?: string, inGroup = false): Area {
  const q = (n: number, condition?: Condition) => ({
    kind: 'shortText' as const,
    id: `${id}.q${n}`,
    title: text,
    references: [],
    allowDontKnow: false,
    allowNotApplicable: false,
    validation: [],
    ...(condition && { condition }),
  });
  const second = q(2, on ? answered(on) : undefined);
  return {
    id,
    title: text,
    ...(areaCondition && { condition: answered(areaCondition) }),
    items: inGroup
      ? [q(1), { kind: 'group', id: `${id}.g`, title: text, questions: [second] }]
      : [q(1), second],
  };
}

describe('the areas an area needs to decide what it shows', () => {
  it.each([
    ['none: conditions within the area only', [area('a', 'a.q1'), area('b')], { a: [], b: [] }],
    ['a question condition on another area', [area('a'), area('b', 'a.q1')], { a: [], b: ['a'] }],
    ['an area condition on another area', [area('a'), area('b', undefined, 'a.q2')], { a: [], b: ['a'] }],
    ['a condition inside a group', [area('a'), area('b', 'a.q1', undefined, true)], { a: [], b: ['a'] }],
    [
      'through a chain, in document order',
      [area('a'), area('b', 'a.q1'), area('c', 'b.q2')],
      { a: [], b: ['a'], c: ['a', 'b'] },
    ],
    ['a cycle ends', [area('a', 'b.q1'), area('b', 'a.q1')], { a: ['b'], b: ['a'] }],
    ['a reference to no question is ignored', [area('a', 'zz.q1')], { a: [] }],
  ])('%s', (_, areas, expected) => {
    expect(areaNeeds({ areas })).toEqual(expected);
    for (const [id, needs] of Object.entries(expected))
      expect(areasToOpen(expected, id)).toEqual([id, ...needs]);
  });
});

describe('a questionnaire in parts', () => {
  it('assembles from its outline, every area and the actions into the same JSON, key for key', () => {
    const q = fullFeature();
    const parts = splitQuestionnaire(q);
    expect(parts.outline.areas.every((a) => a.items.length === 0)).toBe(true);
    expect(parts.outline.actions).toEqual([]);
    expect(JSON.stringify(assembleQuestionnaire(parts.outline, parts.items, parts.actions))).toBe(
      JSON.stringify(q),
    );
  });

  it('assembles some areas only, the others empty and no actions', () => {
    const q = fullFeature();
    const parts = splitQuestionnaire(q);
    const first = q.areas[0]!;
    const some = assembleQuestionnaire(parts.outline, new Map([[first.id, first.items]]));
    expect(some.areas.map((a) => a.items.length)).toEqual(
      q.areas.map((a, i) => (i === 0 ? a.items.length : 0)),
    );
    expect(some.actions).toEqual([]);
  });
});

describe('a bare questionnaire (what a page holds for the areas it does not show)', () => {
  const q = fullFeature();
  const bare = bareQuestionnaire(q);
  const full = indexQuestionnaire(q);
  const bareIndex = indexQuestionnaire(bare);

  it('keeps every area, group and question with their ids, kinds, codes, titles, options, rules and conditions', () => {
    expect(bareIndex.questions.map((e) => [e.area.id, e.group?.id, e.question.id])).toEqual(
      full.questions.map((e) => [e.area.id, e.group?.id, e.question.id]),
    );
    for (const [i, { question }] of bareIndex.questions.entries()) {
      const { hint, guidance, references, ...kept } = full.questions[i]!.question;
      void [hint, guidance, references];
      if (kept.kind === 'capacity')
        Object.assign(kept, { levels: kept.levels.map((l) => ({ level: l.level, descriptor: {} })) });
      expect(question).toEqual({ ...kept, references: [] });
    }
    expect(bare.areas.map(({ items, ...area }) => [area, items.length])).toEqual(
      q.areas.map(({ items, ...area }) => [area, items.length]),
    );
    const { areas, actions, ...rest } = q;
    void areas;
    expect(actions.length).toBeGreaterThan(0);
    expect(bare).toMatchObject({ ...rest, actions: [] });
  });

  it('leaves out the texts a question shows on its own area only', () => {
    expect(full.questions.some((e) => e.question.hint)).toBe(true);
    expect(full.questions.some((e) => e.question.guidance)).toBe(true);
    expect(full.questions.some((e) => e.question.references.length > 0)).toBe(true);
    for (const { question } of bareIndex.questions) {
      expect(question).not.toHaveProperty('hint');
      expect(question).not.toHaveProperty('guidance');
      expect(question.references).toEqual([]);
      if (question.kind === 'capacity')
        for (const level of question.levels) expect(level.descriptor).toEqual({});
    }
  });

  it.each([
    ['nothing answered', {}],
    [
      'some answered, one invalid, a condition opening a group',
      {
        'bio.has-bsl3': { value: 'yes' },
        'bio.labs': { value: [{ id: 'r1', cells: { staff: 3 } }] },
        'bio.treaties': { special: 'dontKnow' as const },
        'bio.transport': { value: 'yes' },
      },
    ],
    [
      'a condition closing questions',
      { 'bio.has-bsl3': { value: 'no' }, 'bio.inventory': { value: 'paper' } },
    ],
  ])('counts, shows and checks as the whole questionnaire does: %s', (_, given) => {
    const ctx = { agencyIds: new Set(['moh', 'customs']), today: '2026-01-15' };
    const map = answers(given);
    const visibility = computeVisibility(bareIndex, map);
    expect(visibility).toEqual(computeVisibility(full, map));
    expect(computeProgress(bareIndex, visibility, map, ctx)).toEqual(
      computeProgress(full, computeVisibility(full, map), map, ctx),
    );
  });
});
