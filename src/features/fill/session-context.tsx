import type { TFunction } from 'i18next';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Agency } from '../../domain/assessment/assessment';
import type { AnswerSession } from './answer-session';
import type { FillWords } from './fill-words';

export interface FillContextValue {
  session: AnswerSession;
  questionnaire: Questionnaire;
  roster: Agency[];
  assessmentId: string;
  /** A file of every answer as this page knows it, for when storage fails. */
  rescue: () => Promise<{ text: string; fileName: string }>;
  /** The UI's translations, read once for the whole area (see fill-words.ts). */
  t: TFunction;
  words: FillWords;
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
