import type { Condition } from '../condition';
import { YES_PARTLY_NO } from '../vocabulary';
import type { Question } from '../schema';
import type { CheckContext, Path } from './context';

interface Owner {
  id: string;
  /** Questions at this order or later are not yet defined for this condition. */
  limit: number;
  /** Set for a question: a reference to itself is a cycle. For containers: the orders of their own questions. */
  ownRange: [number, number];
}

const COMPARABLE: Question['kind'][] = ['number', 'capacity', 'date'];

function valueProblem(op: Condition['op'], question: Question, value: unknown): string | undefined {
  const options = 'options' in question ? question.options.map((o) => o.id) : undefined;
  if (op === 'includes') {
    if (question.kind !== 'multipleChoice')
      return `"includes" needs a multiple-choice question; "${question.id}" is ${question.kind}`;
    if (!options?.includes(String(value))) return `"${String(value)}" is not an option of "${question.id}"`;
    return undefined;
  }
  if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') {
    if (!COMPARABLE.includes(question.kind))
      return `"${op}" needs a number, capacity or date question; "${question.id}" is ${question.kind}`;
    if (question.kind === 'date' ? typeof value !== 'string' : typeof value !== 'number')
      return `"${op}" on "${question.id}" needs ${question.kind === 'date' ? 'a date "YYYY-MM-DD"' : 'a number'}`;
    return undefined;
  }
  // equals / oneOf
  if (
    options &&
    (question.kind === 'singleChoice' || question.kind === 'multipleChoice') &&
    !options.includes(String(value))
  )
    return `"${String(value)}" is not an option of "${question.id}"`;
  if (question.kind === 'yesPartlyNo' && !(YES_PARTLY_NO as readonly unknown[]).includes(value))
    return `"${String(value)}" is not an answer of "${question.id}" (yes, partly, no)`;
  if (
    question.kind === 'capacity' &&
    !(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
  )
    return `capacity question "${question.id}" has levels 1–5, not ${JSON.stringify(value)}`;
  if ((question.kind === 'table' || question.kind === 'risk') && op !== 'answered')
    return `a ${question.kind} question can only be tested with "answered"`;
  return undefined;
}

function checkCondition(ctx: CheckContext, condition: Condition, path: Path, owner: Owner): void {
  switch (condition.op) {
    case 'all':
    case 'any':
      condition.conditions.forEach((c, i) => checkCondition(ctx, c, [...path, 'conditions', i], owner));
      return;
    case 'not':
      checkCondition(ctx, condition.condition, [...path, 'condition'], owner);
      return;
  }
  const at = [...path, 'question'];
  const target = ctx.index.byId.get(condition.question);
  if (!target) {
    ctx.error(at, `refers to unknown question "${condition.question}"`);
    return;
  }
  if (target.order >= owner.ownRange[0] && target.order <= owner.ownRange[1]) {
    ctx.error(at, `"${owner.id}" depends on its own answer "${condition.question}", a cycle`);
    return;
  }
  if (target.order >= owner.limit) {
    ctx.error(
      at,
      `refers to "${condition.question}", which comes later; a condition may only use earlier questions`,
    );
    return;
  }
  if (condition.op === 'answered') return;
  const values = condition.op === 'oneOf' ? condition.values : [condition.value];
  values.forEach((value, i) => {
    const problem = valueProblem(condition.op, target.question, value);
    if (problem) ctx.error(condition.op === 'oneOf' ? [...path, 'values', i] : [...path, 'value'], problem);
  });
}

/** Conditions may only read earlier questions, which rules out cycles; values must fit the question read. */
export function checkConditions(ctx: CheckContext): void {
  const { index } = ctx;
  for (const container of index.containers) {
    if (!container.condition) continue;
    const last = nextContainerStart(ctx, container) - 1;
    checkCondition(ctx, container.condition, [...container.path, 'condition'], {
      id: container.id,
      limit: container.firstOrder,
      ownRange: [container.firstOrder, last],
    });
  }
  for (const entry of index.questions) {
    if (!entry.question.condition) continue;
    checkCondition(ctx, entry.question.condition, [...entry.path, 'condition'], {
      id: entry.question.id,
      limit: entry.order,
      ownRange: [entry.order, entry.order],
    });
  }
}

function nextContainerStart(ctx: CheckContext, container: { kind: 'area' | 'group'; id: string }): number {
  const entries = ctx.index.questions.filter((e) =>
    container.kind === 'area' ? e.area.id === container.id : e.group?.id === container.id,
  );
  const last = entries.at(-1);
  return last ? last.order + 1 : 0;
}
