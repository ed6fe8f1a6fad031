import type { QuestionnaireInput } from '../src/domain/questionnaire/schema';

const WORDS =
  'national laboratory biosafety authority register pathogen inventory inspection training exercise customs border detection response plan agency decree licence facility security transport waste incident report review audit capacity network surveillance risk chemical radiological nuclear source'.split(
    ' ',
  );

/** Deterministic words: the same size always gives the same file. */
function words(seed: number, count: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length]!);
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const both = (seed: number, count: number) => ({
  en: words(seed, count),
  ru: `RU ${words(seed + 7, count)}`,
});

/**
 * A questionnaire of `questions` questions in `areas` areas: 80% capacity questions with five
 * described levels (scored, with an action per level), 20% long text; titles ~15 words, hints ~25.
 * With `criteria`, indicators link to scenarios and actions vary in cost and have prerequisites,
 * so that every criterion of the priority rule has work to do.
 */
export function generateQuestionnaire(
  questions: number,
  areas = 10,
  { criteria = false }: { criteria?: boolean } = {},
): QuestionnaireInput {
  const perArea = Math.ceil(questions / areas);
  const actions: QuestionnaireInput['actions'] = [];
  const areaList: QuestionnaireInput['areas'] = [];
  let n = 0;
  for (let a = 0; a < areas && n < questions; a++) {
    const items: QuestionnaireInput['areas'][number]['items'] = [];
    for (let i = 0; i < perArea && n < questions; i++, n++) {
      const id = `a${a}.q${i}`;
      const base = { id, code: `A${a}.${i + 1}`, title: both(n * 3 + 1, 15), hint: both(n * 3 + 2, 25) };
      if (n % 5 === 4) {
        items.push({ kind: 'longText', ...base });
        continue;
      }
      items.push({
        kind: 'capacity',
        ...base,
        levels: [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: both(n * 11 + level, 18) })),
        scoring: {
          weight: 1 + (n % 3) * 0.5,
          hazards: [(['C', 'B', 'R', 'N'] as const)[n % 4]!],
          obligations: n % 2 ? ['BWC'] : [],
          // With `criteria`: two of the eight scenarios, as a content team links indicators to
          // what they mitigate.
          ...(criteria
            ? {
                scenarios: [`risk.s${n % 8}`, `risk.s${(n * 3 + 1) % 8}`].filter(
                  (s, k, all) => all.indexOf(s) === k,
                ),
              }
            : {}),
        },
      });
      for (let level = 2; level <= 5; level++)
        actions.push({
          id: `${id}.l${level}`,
          indicator: id,
          level,
          type: 'training',
          leadRole: 'health',
          durationMonths: 6 * (level - 1),
          costBand: criteria
            ? (['lt-50k', '50k-250k', '250k-1m', 'gt-1m'] as const)[(n + level) % 4]!
            : 'lt-50k',
          // With `criteria`: each area's first indicator is the legal basis the others' level-3 actions need.
          ...(criteria && i > 0 && level === 3
            ? { prerequisites: [{ indicator: `a${a}.q0`, level: 3 }] }
            : {}),
          title: both(n * 13 + level, 8),
          achievement: both(n * 17 + level, 8),
        });
    }
    areaList.push({ id: `a${a}`, code: `A${a}`, title: both(a * 101, 4), items });
  }
  const scale = [1, 2, 3, 4, 5].map((level) => ({ level, label: both(level * 7, 2) }));
  areaList.push({
    id: 'risk',
    title: both(999, 3),
    items: (['C', 'B', 'R', 'N', 'B', 'C', 'R', 'B'] as const).map((hazard, i) => ({
      kind: 'risk' as const,
      id: `risk.s${i}`,
      hazard,
      title: both(i * 31, 8),
    })),
  });
  return {
    format: 'cbrn-nap-questionnaire',
    formatVersion: 1,
    id: `generated-${questions}`,
    version: '1.0.0',
    languages: ['en', 'ru'],
    defaultLanguage: 'en',
    title: {
      en: `Generated questionnaire (${questions} questions)`,
      ru: `Сгенерированный вопросник (${questions})`,
    },
    agencyRoles: [{ id: 'health', label: { en: 'Ministry of Health', ru: 'Министерство здравоохранения' } }],
    riskScales: { likelihood: scale, impact: scale },
    areas: areaList,
    actions,
  };
}

/** Deterministic answers: a level for most indicators, text for most text questions, every risk rated. */
export function generateAnswers(
  q: QuestionnaireInput,
): Map<string, { value?: unknown; special?: 'dontKnow'; comment?: string }> {
  const answers = new Map<string, { value?: unknown; special?: 'dontKnow'; comment?: string }>();
  let n = 0;
  for (const area of q.areas)
    for (const item of area.items) {
      n++;
      if (item.kind === 'capacity')
        answers.set(
          item.id,
          n % 17 === 0
            ? { special: 'dontKnow' }
            : { value: 1 + (n % 4), comment: n % 3 ? undefined : words(n, 12) },
        );
      else if (item.kind === 'longText') answers.set(item.id, { value: words(n * 5, 40) });
      else if (item.kind === 'risk')
        answers.set(item.id, { value: { likelihood: 1 + (n % 5), impact: 1 + ((n * 3) % 5) } });
    }
  return answers;
}
