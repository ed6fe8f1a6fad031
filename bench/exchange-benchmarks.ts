import 'fake-indexeddb/auto';
import { newAssessment } from '../src/domain/assessment/assessment';
import { resolveMerge } from '../src/domain/exchange/merge';
import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';
import { exportAssessment, planMergeInto, prepareImport } from '../src/services/exchange-service';
import { NapDatabase } from '../src/storage/db';
import { createStore } from '../src/storage/store';
import { generateQuestionnaire } from './generate-questionnaire';
import { measure, type Figure } from './measure';

const NOW = Date.UTC(2026, 10, 24);

/** Export, and import with a merge, of an assessment of 1,000 answers on a 1,000-question questionnaire (IndexedDB in memory). */
export async function exchangeBenchmarks(): Promise<Figure[]> {
  const text = JSON.stringify(generateQuestionnaire(1000));
  const loaded = loadQuestionnaire(text);
  if (loaded.status === 'failure') throw new Error('generated questionnaire is invalid');
  const questions = loaded.value.areas.flatMap((a) => a.items).filter((i) => i.kind !== 'group');
  let n = 0;
  const databases: NapDatabase[] = [];
  const device = async () => {
    const db = new NapDatabase(`bench-${++n}`);
    databases.push(db);
    const store = createStore(db);
    await store.open();
    await store.questionnaires.import(text, 'generated.json', NOW, []);
    return store;
  };
  const here = await device();
  await here.assessments.create(
    newAssessment({
      id: 'a1',
      profile: { title: 'Bench', country: 'KG', horizon: 5, marking: 'restricted', roster: [] },
      questionnaire: { id: loaded.value.id, version: loaded.value.version },
      now: NOW,
    }),
  );
  await here.answers.save(
    questions.map((q, i) => ({
      assessmentId: 'a1',
      questionId: q.id,
      updatedAt: NOW + i,
      author: 'Bench',
      value:
        q.kind === 'capacity'
          ? 1 + (i % 5)
          : q.kind === 'risk'
            ? { likelihood: 3, impact: 4 }
            : `Answer ${i} with some evidence text`,
      comment: i % 3 ? undefined : 'A comment',
    })),
  );
  // A second device, emptied before each import so that the import starts from nothing.
  await device();
  const there = databases.at(-1)!;
  const figures: Figure[] = [];
  for (const passphrase of [undefined, 'bench passphrase']) {
    const label = passphrase ? 'encrypted' : 'plain';
    let file = '';
    figures.push(
      await measure(
        `export a 1,000-answer assessment file (${label})`,
        async () => (file = await exportAssessment(here, 'a1', { now: NOW, passphrase })),
        5,
        1,
        passphrase ? 'PBKDF2 600,000 iterations included' : undefined,
      ),
    );
    await there.delete();
    const target = await device();
    const first = await prepareImport(target, file, { passphrase });
    if (first.kind !== 'assessment') throw new Error(first.kind);
    await target.exchange.importAsNew(first.file, 'a1', 'Bench', NOW);
    figures.push(
      await measure(
        `import and merge a 1,000-answer assessment file (${label})`,
        async () => {
          const prepared = await prepareImport(target, file, { passphrase });
          if (prepared.kind !== 'assessment') throw new Error(prepared.kind);
          const plan = await planMergeInto(target, 'a1', prepared.file, prepared.available);
          await target.exchange.merge('a1', plan, resolveMerge(plan, new Map()), NOW);
        },
        5,
        1,
        `${(file.length / 1024).toFixed(0)} KiB file; read, check, plan the merge, write`,
      ),
    );
  }
  return figures;
}
