import { loadQuestionnaire, type QuestionnaireLoadResult } from '../domain/questionnaire/load-questionnaire';

/** Questionnaire files shipped in questionnaires/ (the published JSON Schema is not one). Loaded lazily. */
const files = import.meta.glob<string>(['/questionnaires/*.json', '!/questionnaires/*.schema.json'], {
  query: '?raw',
  import: 'default',
});

export interface BundledQuestionnaire {
  file: string;
  result: QuestionnaireLoadResult;
}

export function bundledQuestionnaireFiles(): string[] {
  return Object.keys(files).sort();
}

/** Each bundled file is read and validated once per page, whoever asks first. */
const loaded = new Map<string, Promise<BundledQuestionnaire>>();

function loadFile(path: string): Promise<BundledQuestionnaire> {
  let result = loaded.get(path);
  if (!result) {
    result = files[path]!().then((text) => ({ file: path.slice(1), result: loadQuestionnaire(text) }));
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

const examples = import.meta.glob<string>('/questionnaires/*/example-assessment.json', {
  query: '?raw',
  import: 'default',
});

/** The example assessment texts shipped beside the questionnaires. */
export async function loadBundledExamples(): Promise<string[]> {
  return Promise.all(Object.values(examples).map((load) => load()));
}
