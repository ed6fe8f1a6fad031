import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Agency } from '../../domain/assessment/assessment';
import type { AnswerSession } from './answer-session';

export interface FillContextValue {
  session: AnswerSession;
  questionnaire: Questionnaire;
  roster: Agency[];
  assessmentId: string;
}

export const FillContext = createContext<FillContextValue | null>(null);

export function useFill(): FillContextValue {
  const value = useContext(FillContext);
  if (!value) throw new Error('useFill outside FillContext');
  return value;
}

/** Re-renders only when the selected value changes (selectors must return primitives). */
export function useSessionValue<T extends string | number | boolean | undefined>(
  select: (s: AnswerSession) => T,
): T {
  const { session } = useFill();
  return useSyncExternalStore(session.subscribe, () => select(session));
}
