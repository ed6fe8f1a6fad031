import type { QuestionnaireRef } from '../domain/assessment/assessment';
import type { AreaItem, Questionnaire } from '../domain/questionnaire/schema';
import { bareQuestionnaire } from '../domain/questionnaire/questionnaire-parts';
import { inOneLanguage } from '../domain/questionnaire/text';
import { indexQuestionnaire, type QuestionnaireIndex } from '../domain/questionnaire/questionnaire-index';
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
  for (const [id, version] of await store.questionnaires.refs()) {
    const found = await findQuestionnaire(store, { id, version });
    if (found) out.push(found);
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

const finding = new Map<string, Promise<AvailableQuestionnaire | undefined>>();

/**
 * One questionnaire by id and version: from the cache, else only its own bundled file
 * (`questionnaires/<id>-<version>.json`), else the copy imported on this device. Opening an
 * assessment never loads the other questionnaires. Calls made while one is loading share it.
 */
export function findQuestionnaire(
  store: Store,
  ref: QuestionnaireRef,
): Promise<AvailableQuestionnaire | undefined> {
  const cached = cache.get(key(ref));
  if (cached) return Promise.resolve(cached);
  let found = finding.get(key(ref));
  if (!found) {
    found = load(store, ref).finally(() => finding.delete(key(ref)));
    finding.set(key(ref), found);
  }
  return found;
}

async function load(store: Store, ref: QuestionnaireRef): Promise<AvailableQuestionnaire | undefined> {
  const bundled = await loadBundledQuestionnaire(ref);
  if (bundled && bundled.result.status !== 'failure')
    return remember(bundled.result.value, 'bundled', bundled.file);
  const stored = await store.questionnaires.load(ref.id, ref.version);
  return !stored || stored.result.status === 'failure'
    ? undefined
    : remember(stored.result.value, 'imported', stored.fileName);
}

/**
 * What the fill screen opens an area with: the whole questionnaire when it is at hand (bundled, or
 * read before on this page), else only the outline and the items of that area and the areas its
 * conditions need (`complete` false), read from the parts kept on the device, so that opening an area
 * costs what the area holds, not what the questionnaire holds.
 */
export interface OpenedForArea {
  questionnaire: Questionnaire;
  index: QuestionnaireIndex;
  complete: boolean;
  /** Set when every text holds only the one language a screen shows (see `openWholeIn`). */
  language?: string;
  /**
   * Set when the questions are held without the texts they show on their own area (hint, guidance,
   * references, level descriptors; see `bareQuestionnaire`): an area is shown with `areaItemsIn`.
   */
  bare?: boolean;
}

/** A questionnaire read before on this page, or bundled (checked when the app was built): whole. */
async function whenAtHand(
  store: Store,
  ref: QuestionnaireRef,
): Promise<OpenedForArea | undefined | 'not at hand'> {
  const cached = cache.get(key(ref));
  if (cached) return { ...cached, complete: true };
  if (!(await loadBundledQuestionnaire(ref))) return 'not at hand';
  const found = await findQuestionnaire(store, ref);
  return found && { ...found, complete: true };
}

export async function openForArea(
  store: Store,
  ref: QuestionnaireRef,
  areaId: string | undefined,
): Promise<OpenedForArea | undefined> {
  const atHand = await whenAtHand(store, ref);
  if (atHand !== 'not at hand') return atHand;
  const opened = await store.questionnaires.open(ref.id, ref.version, areaId);
  if (!opened) return undefined;
  if (opened.complete)
    return { ...remember(opened.questionnaire, 'imported', opened.fileName), complete: true };
  return {
    questionnaire: opened.questionnaire,
    index: indexQuestionnaire(opened.questionnaire),
    complete: false,
  };
}

/**
 * The whole questionnaire as the fill screen holds it once the page is idle: read from the parts kept
 * on the device (not the action catalogue) with every text in the one language shown
 * (`inOneLanguage`), and not remembered here, so that the page holds one language of it, not all of
 * them. With `bare`, without the texts a question shows only on its own area (`bareQuestionnaire`):
 * the page reads those for the areas it shows with `areaItemsIn`. One at hand (bundled, or read
 * before on this page) is returned as it is.
 */
export async function openWholeIn(
  store: Store,
  ref: QuestionnaireRef,
  language: string,
  { bare = false }: { bare?: boolean } = {},
): Promise<OpenedForArea | undefined> {
  const atHand = await whenAtHand(store, ref);
  if (atHand !== 'not at hand') return atHand;
  const stored = await store.questionnaires.load(ref.id, ref.version, { withActions: false });
  if (!stored || stored.result.status === 'failure') return undefined;
  const whole = stored.result.value;
  const one = inOneLanguage({ ...whole, actions: [] }, language, whole.defaultLanguage);
  const questionnaire = bare ? bareQuestionnaire(one) : one;
  return { questionnaire, index: indexQuestionnaire(questionnaire), complete: true, language, bare };
}

/**
 * One area's items with all their texts, in the one language shown: what the fill screen shows an
 * area of a bare questionnaire with. Reads that area's kept part only (the whole questionnaire when
 * its parts are not current, as after an update of the app); from the questionnaire when at hand.
 */
export async function areaItemsIn(
  store: Store,
  questionnaire: Pick<Questionnaire, 'id' | 'version' | 'defaultLanguage'>,
  areaId: string,
  language: string,
): Promise<AreaItem[] | undefined> {
  const ref = { id: questionnaire.id, version: questionnaire.version };
  const atHand = await whenAtHand(store, ref);
  const itemsOf = (opened: OpenedForArea | undefined) =>
    opened?.questionnaire.areas.find((a) => a.id === areaId)?.items;
  if (atHand !== 'not at hand') return itemsOf(atHand);
  const kept = await store.questionnaires.areaItems(ref.id, ref.version, areaId);
  if (kept) return inOneLanguage(kept, language, questionnaire.defaultLanguage);
  return itemsOf(await openWholeIn(store, ref, language));
}

/**
 * Starts reading an assessment's questionnaire as the app starts, before any screen asks for it,
 * so that the screen finds it ready. Problems are left for that screen to report.
 */
export function warmQuestionnaireOf(store: Store, assessmentId: string): void {
  store
    .open()
    .then(() => store.assessments.get(assessmentId))
    .then((assessment) => assessment && findQuestionnaire(store, assessment.questionnaire))
    .catch(() => undefined);
}
