import { resultOf, type LoadIssue } from '../domain/load-result';
import type { QuestionnaireLoadResult } from '../domain/questionnaire/load-questionnaire';
import type { Questionnaire } from '../domain/questionnaire/schema';

/** What `import outcome from '/questionnaires/<file>.json?checked'` gives. */
export interface CheckedQuestionnaireModule {
  status: 'success' | 'warning' | 'failure';
  issues: LoadIssue[];
  /** The validated questionnaire as JSON (absent on failure). */
  json?: string;
}

/**
 * Questionnaire files shipped in questionnaires/ (the published JSON Schema is not one), each checked
 * when the app is built (see scripts/checked-questionnaires.ts) and loaded lazily.
 */
const files = import.meta.glob<CheckedQuestionnaireModule>(
  ['/questionnaires/*.json', '!/questionnaires/*.schema.json'],
  { query: '?checked', import: 'default' },
);

function resultOfCheck(outcome: CheckedQuestionnaireModule): QuestionnaireLoadResult {
  return outcome.json === undefined
    ? { status: 'failure', issues: outcome.issues }
    : resultOf(JSON.parse(outcome.json) as Questionnaire, outcome.issues);
}

export interface BundledQuestionnaire {
  file: string;
  result: QuestionnaireLoadResult;
}

export function bundledQuestionnaireFiles(): string[] {
  return Object.keys(files).sort();
}

/** Each bundled file is read once per page, whoever asks first. */
const loaded = new Map<string, Promise<BundledQuestionnaire>>();

function loadFile(path: string): Promise<BundledQuestionnaire> {
  let result = loaded.get(path);
  if (!result) {
    result = files[path]!().then((outcome) => ({ file: path.slice(1), result: resultOfCheck(outcome) }));
    loaded.set(path, result);
  }
  return result;
}

/** The bundled file of one questionnaire, named `<id>-<version>.json`, if there is one. */
export async function loadBundledQuestionnaire(ref: {
  id: string;
  version: string;
}): Promise<BundledQuestionnaire | undefined> {
  const path = `/questionnaires/${ref.id}-${ref.version}.json`;
  return files[path] ? loadFile(path) : undefined;
}

export async function loadBundledQuestionnaires(): Promise<BundledQuestionnaire[]> {
  return Promise.all(bundledQuestionnaireFiles().map(loadFile));
}

const examples = import.meta.glob<string>('/questionnaires/*/*/example-assessment.json', {
  query: '?raw',
  import: 'default',
});

/**
 * The example assessment texts shipped beside the questionnaires, oldest version first; only those
 * of a version that is bundled (sources of a version in preparation may hold an example already).
 */
export async function loadBundledExamples(): Promise<string[]> {
  const shipped = Object.keys(examples)
    .filter((path) => {
      const [, , id, version] = path.split('/');
      return files[`/questionnaires/${id}-${version}.json`] !== undefined;
    })
    .sort();
  return Promise.all(shipped.map((path) => examples[path]!()));
}
