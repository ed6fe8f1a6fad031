import { z } from 'zod';

/** Values a condition may compare an answer with: option ids, numbers, levels, ISO dates, yes/partly/no. */
export const conditionValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export type ConditionValue = z.infer<typeof conditionValueSchema>;

export type Condition =
  | { op: 'equals'; question: string; value: ConditionValue }
  | { op: 'oneOf'; question: string; values: ConditionValue[] }
  | { op: 'includes'; question: string; value: string }
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; question: string; value: number | string }
  | { op: 'answered'; question: string }
  | { op: 'all' | 'any'; conditions: Condition[] }
  | { op: 'not'; condition: Condition };

const questionRef = z.string().min(1).describe('Id of an earlier question');

/**
 * Declarative visibility conditions. A hidden question counts as unanswered in conditions,
 * so hiding cascades; "don't know" and "not applicable" equal no value.
 */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('equals'), question: questionRef, value: conditionValueSchema }),
    z.strictObject({
      op: z.literal('oneOf'),
      question: questionRef,
      values: z.array(conditionValueSchema).min(1),
    }),
    z.strictObject({ op: z.literal('includes'), question: questionRef, value: z.string() }),
    z.strictObject({
      op: z.enum(['gt', 'gte', 'lt', 'lte']),
      question: questionRef,
      value: z.union([z.number(), z.string()]),
    }),
    z.strictObject({ op: z.literal('answered'), question: questionRef }),
    z.strictObject({ op: z.enum(['all', 'any']), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ op: z.literal('not'), condition: conditionSchema }),
  ]),
);

/** Every question id a condition reads. */
export function conditionReferences(condition: Condition): string[] {
  switch (condition.op) {
    case 'all':
    case 'any':
      return condition.conditions.flatMap(conditionReferences);
    case 'not':
      return conditionReferences(condition.condition);
    default:
      return [condition.question];
  }
}
