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

/** The bundled file of one questionnaire, named `<id>-<version>.json`, if there is one. */
export async function loadBundledQuestionnaire(ref: {
  id: string;
  version: string;
}): Promise<BundledQuestionnaire | undefined> {
  const path = `/questionnaires/${ref.id}-${ref.version}.json`;
  const load = files[path];
  return load ? { file: path.slice(1), result: loadQuestionnaire(await load()) } : undefined;
}

export async function loadBundledQuestionnaires(): Promise<BundledQuestionnaire[]> {
  return Promise.all(
    bundledQuestionnaireFiles().map(async (path) => {
      const text = await files[path]!();
      return { file: path.replace(/^\//, ''), result: loadQuestionnaire(text) };
    }),
  );
}

const examples = import.meta.glob<string>('/questionnaires/*/example-assessment.json', {
  query: '?raw',
  import: 'default',
});

/** The example assessment texts shipped beside the questionnaires. */
export async function loadBundledExamples(): Promise<string[]> {
  return Promise.all(Object.values(examples).map((load) => load()));
}
