import type { QuestionnaireRef } from '../domain/assessment/assessment';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { indexQuestionnaire, type QuestionnaireIndex } from '../domain/questionnaire/walk';
import type { Store } from '../storage/store';
import { loadBundledQuestionnaire, loadBundledQuestionnaires } from './bundled-questionnaires';

export interface AvailableQuestionnaire {
  questionnaire: Questionnaire;
  index: QuestionnaireIndex;
  source: 'bundled' | 'imported';
  file: string;
}

const key = (ref: QuestionnaireRef) => `${ref.id}@${ref.version}`;
const cache = new Map<string, AvailableQuestionnaire>();

/** Bundled questionnaires and the ones imported on this device, each loaded and indexed once. */
export async function availableQuestionnaires(store: Store): Promise<AvailableQuestionnaire[]> {
  const out: AvailableQuestionnaire[] = [];
  for (const { file, result } of await loadBundledQuestionnaires()) {
    if (result.status === 'failure') continue;
    out.push(remember(result.value, 'bundled', file));
  }
  for (const row of await store.questionnaires.list()) {
    const cached = cache.get(key(row));
    if (cached) {
      out.push(cached);
      continue;
    }
    const result = await store.questionnaires.restore(row);
    if (result.status !== 'failure') out.push(remember(result.value, 'imported', row.fileName));
  }
  return out;
}

function remember(
  questionnaire: Questionnaire,
  source: AvailableQuestionnaire['source'],
  file: string,
): AvailableQuestionnaire {
  const k = key(questionnaire);
  const cached = cache.get(k);
  if (cached) return cached;
  const entry = { questionnaire, index: indexQuestionnaire(questionnaire), source, file };
  cache.set(k, entry);
  return entry;
}

/**
 * One questionnaire by id and version: from the cache, else only its own bundled file
 * (`questionnaires/<id>-<version>.json`), else the copy imported on this device. Opening an
 * assessment never loads the other questionnaires.
 */
export async function findQuestionnaire(
  store: Store,
  ref: QuestionnaireRef,
): Promise<AvailableQuestionnaire | undefined> {
  const cached = cache.get(key(ref));
  if (cached) return cached;
  const bundled = await loadBundledQuestionnaire(ref);
  if (bundled && bundled.result.status !== 'failure')
    return remember(bundled.result.value, 'bundled', bundled.file);
  const row = await store.questionnaires.get(ref.id, ref.version);
  if (!row) return undefined;
  const result = await store.questionnaires.restore(row);
  return result.status === 'failure' ? undefined : remember(result.value, 'imported', row.fileName);
}
