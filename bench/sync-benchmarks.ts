// 1,000 answer changes from one device to another through a CouchDB-protocol server (PouchDB
// Server in memory on 127.0.0.1, as in the tests): the first device pushes, the second pulls, and
// the figure is the time until the second device holds all 1,000, each read through the gate.
import { readSyncDocument, syncDatabaseName } from '../src/domain/sync/sync-documents';
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
    ];
  } finally {
    await server.stop();
  }
}
