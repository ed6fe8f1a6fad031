// 1,000 answer changes from one device to another through a CouchDB-protocol server (PouchDB
// Server in memory on 127.0.0.1, as in the tests): the first device pushes, the second pulls, and
// the figure is the time until the second device holds all 1,000, each read through the gate. The
// second figure is the whole way the app takes: 1,000 answers saved in one device's store, the
// bridge pass into its replica, push, pull, and the other device's bridge pass through both gates
// into its store (IndexedDB in memory).
import 'fake-indexeddb/auto';
import { newAssessment } from '../src/domain/assessment/assessment';
import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../src/domain/questionnaire/questionnaire-index';
import { readSyncDocument, syncDatabaseName } from '../src/domain/sync/sync-documents';
import { gateSyncRecord } from '../src/domain/sync/sync-gate';
import type { Replica as BridgeReplica } from '../src/services/sync/replica';
import { syncPass } from '../src/services/sync/sync-bridge';
import { NapDatabase } from '../src/storage/db';
import { createStore } from '../src/storage/store';
import { generateQuestionnaire } from './generate-questionnaire';
import { makeAnswer, T0 } from '../tests/builders/assessment';
import {
  answerDocuments,
  createAssessmentDatabase,
  localReplica,
  remoteReplica,
  signIn,
  startCouchServer,
} from '../tests/builders/couch-server';
import { measure, type Figure } from './measure';

export async function syncBenchmarks(): Promise<Figure[]> {
  const server = await startCouchServer();
  try {
    await server.admin('PUT', '/_users/org.couchdb.user:bench', {
      name: 'bench',
      password: 'bench password',
      roles: ['team'],
      type: 'user',
    });
    const { cookie } = await signIn(server.url, 'bench', 'bench password');
    const answers = Array.from({ length: 1000 }, (_, i) =>
      makeAnswer({ questionId: `q${i}`, value: `answer ${i}`, comment: 'x'.repeat(200), updatedAt: T0 + i }),
    );
    const docs = answerDocuments(answers);
    let run = 0;
    return [
      await measure(
        'sync: 1,000 answer changes from one device to the other through the server',
        async () => {
          const db = syncDatabaseName(`a1-run${++run}`);
          await createAssessmentDatabase(server, db, { roles: ['team'] });
          const [first, second] = [localReplica(), localReplica()];
          await first.bulkDocs(docs);
          await first.replicate.to(remoteReplica(`${server.url}/${db}`, cookie));
          await second.replicate.from(remoteReplica(`${server.url}/${db}`, cookie));
          const { rows } = await second.allDocs({ include_docs: true });
          const read = rows.filter((r) => readSyncDocument(r.doc, 'a1').ok).length;
          if (read !== 1001) throw new Error(`the second device read ${read} of 1,001 documents`);
        },
        5,
        1,
        'PouchDB Server in memory on loopback; push, pull and the gate of each document',
      ),
      ...(await storeToStore(server, cookie!)),
    ];
  } finally {
    await server.stop();
  }
}

const NOW = Date.UTC(2026, 11, 3);

async function storeToStore(server: Awaited<ReturnType<typeof startCouchServer>>, cookie: string) {
  const text = JSON.stringify(generateQuestionnaire(1000));
  const loaded = loadQuestionnaire(text);
  if (loaded.status === 'failure') throw new Error('generated questionnaire is invalid');
  const questionnaire = loaded.value;
  const index = indexQuestionnaire(questionnaire);
  const assessment = newAssessment({
    id: 'a1',
    profile: { title: 'Bench', country: 'KG', horizon: 5, marking: 'restricted', roster: [] },
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    now: NOW,
  });
  const context = {
    assessmentId: 'a1',
    gate: (item: Parameters<typeof gateSyncRecord>[0]) =>
      gateSyncRecord(item, { assessment, questionnaire, index, adopted: [] }),
  };
  const questions = index.questions.filter((q) => ['capacity', 'longText'].includes(q.question.kind));
  let n = 0;
  const device = async () => {
    const db = new NapDatabase(`bench-sync-${++n}`);
    const store = createStore(db);
    await store.open();
    await store.questionnaires.import(text, 'generated.json', NOW, []);
    await store.assessments.create(assessment);
    return { db, store, replica: localReplica() };
  };
  let run = 0;
  const travel = await measure(
    'sync: 1,000 answers saved on one device reach the other device’s store (bridge, server, both gates)',
    async () => {
      const db = syncDatabaseName(`a1-store-run${++run}`);
      await createAssessmentDatabase(server, db, { roles: ['team'] });
      const [first, second] = [await device(), await device()];
      await first.store.answers.save(
        questions.map((q, i) => ({
          assessmentId: 'a1',
          questionId: q.question.id,
          value: q.question.kind === 'capacity' ? 1 + (i % 4) : `answer ${i}`,
          comment: 'x'.repeat(200),
          updatedAt: NOW + i,
          author: 'Bench',
        })),
      );
      await syncPass(first.store, first.replica as unknown as BridgeReplica, context);
      await first.replica.replicate.to(remoteReplica(`${server.url}/${db}`, cookie));
      await second.replica.replicate.from(remoteReplica(`${server.url}/${db}`, cookie));
      const outcome = await syncPass(second.store, second.replica as unknown as BridgeReplica, context);
      const held = (await second.store.answers.list('a1')).length;
      if (held !== questions.length || outcome.refused.length > 0)
        throw new Error(`the second device holds ${held} answers, refused ${outcome.refused.length}`);
      for (const d of [first, second]) {
        d.db.close();
        await d.db.delete();
      }
    },
    5,
    1,
    'IndexedDB in memory (fake-indexeddb), PouchDB in memory, PouchDB Server on loopback',
  );
  // What each saved edit costs while typing: one pass over an assessment of 1,000 synced answers.
  const steady = await device();
  await steady.store.answers.save(
    questions.map((q, i) => ({
      assessmentId: 'a1',
      questionId: q.question.id,
      value: q.question.kind === 'capacity' ? 1 + (i % 4) : `answer ${i}`,
      updatedAt: NOW + i,
      author: 'Bench',
    })),
  );
  await syncPass(steady.store, steady.replica as unknown as BridgeReplica, context);
  const edited = questions.find((q) => q.question.kind === 'longText')!.question.id;
  let edit = 0;
  const pass = await measure(
    'sync: one bridge pass after an edit, assessment of 1,000 synced answers',
    async () => {
      await steady.store.answers.save([
        {
          assessmentId: 'a1',
          questionId: edited,
          value: `edit ${++edit}`,
          updatedAt: NOW + 10_000 + edit,
          author: 'Bench',
        },
      ]);
      const outcome = await syncPass(steady.store, steady.replica as unknown as BridgeReplica, context);
      if (outcome.pushed.length !== 1) throw new Error(`pushed ${outcome.pushed.length}, expected 1`);
    },
    10,
    1,
    'store and replica in memory; reads every record on both sides, writes the one changed',
  );
  steady.db.close();
  await steady.db.delete();
  return [travel, pass];
}
