import type { Question } from './schema';

export const SCORABLE_KINDS = ['capacity', 'singleChoice', 'yesPartlyNo'] as const;

export function isScorableKind(kind: Question['kind']): boolean {
  return (SCORABLE_KINDS as readonly string[]).includes(kind);
}

/** The capacity levels a scored question can produce: 1–5 for capacity, the mapped levels otherwise. */
export function reachableLevels(question: Question): number[] {
  if (question.kind === 'capacity') return [1, 2, 3, 4, 5];
  const mapped = Object.values(question.scoring?.levels ?? {}).filter((l): l is number => l !== null);
  return [...new Set(mapped)].sort((a, b) => a - b);
}
