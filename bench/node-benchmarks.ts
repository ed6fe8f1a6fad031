import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';
import { generateQuestionnaire } from './generate-questionnaire';
import { measure, type Figure } from './measure';

export async function nodeBenchmarks(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of [1000, 5000]) {
    const text = JSON.stringify(generateQuestionnaire(size));
    const check = loadQuestionnaire(text);
    if (check.status === 'failure')
      throw new Error(`generated questionnaire is invalid: ${JSON.stringify(check.issues.slice(0, 3))}`);
    figures.push(
      await measure(
        `load + validate a ${size}-question questionnaire`,
        () => loadQuestionnaire(text),
        7,
        2,
        `${(text.length / 1e6).toFixed(1)} MB of JSON`,
      ),
    );
  }
  return figures;
}
