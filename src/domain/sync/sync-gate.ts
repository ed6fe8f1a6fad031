import type { Assessment } from '../assessment/assessment';
import { checkMonitoring } from '../exchange/check-file';
import type { LoadIssue } from '../load-result';
import type { AdoptedPlan } from '../monitoring/adopted-plan';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Questionnaire } from '../questionnaire/schema';
import { gateRecords, type RecordPaths } from '../validation/record-gate';
import { syncDocId, type SyncRecord } from './sync-documents';

/** The one record of a document, at `$.record`. */
const RECORD_PATHS: RecordPaths = { answer: () => ['record'], review: () => ['record'], plan: ['record'] };

/**
 * A record from a replica that passed the document gate (readSyncDocument), through the same
 * record gate as a file's: an answer to a question of this questionnaire with a value its kind can
 * have and agencies of the roster, review decisions and plan edits about what exists, monitoring
 * updates of an adopted version. The assessment itself must stay on this device's questionnaire.
 * Issues name the document.
 */
export function gateSyncRecord(
  item: SyncRecord,
  context: {
    assessment: Assessment;
    questionnaire: Questionnaire;
    index: QuestionnaireIndex;
    adopted: readonly AdoptedPlan[];
  },
): LoadIssue[] {
  const { assessment, questionnaire, index } = context;
  const at = `document ${syncDocId(item)}:`;
  const named = (issues: LoadIssue[]) => issues.map((i) => ({ ...i, message: `${at} ${i.message}` }));
  switch (item.kind) {
    case 'assessment': {
      const { id, version } = item.record.questionnaire;
      if (id !== assessment.questionnaire.id || version !== assessment.questionnaire.version)
        return named([
          {
            severity: 'error',
            path: '$.record.questionnaire',
            message: `names questionnaire ${id} ${version}; this assessment is on ${assessment.questionnaire.id} ${assessment.questionnaire.version}`,
          },
        ]);
      return [];
    }
    case 'answer':
      return named(
        gateRecords(
          { assessment, answers: [item.record], reviewLog: [], plan: null },
          questionnaire,
          index,
          RECORD_PATHS,
        ),
      );
    case 'review':
      return named(
        gateRecords(
          { assessment, answers: [], reviewLog: [item.record], plan: null },
          questionnaire,
          index,
          RECORD_PATHS,
        ),
      );
    case 'plan-edits':
      return named(
        gateRecords(
          { assessment, answers: [], reviewLog: [], plan: item.record },
          questionnaire,
          index,
          RECORD_PATHS,
        ),
      );
    case 'adopted':
      return named(
        checkMonitoring({ assessment, monitoring: { adopted: [item.record], updates: [] } }).map((i) => ({
          ...i,
          path: i.path.replace('$.monitoring.adopted[0]', '$.record'),
        })),
      );
    case 'update':
      return named(
        checkMonitoring({
          assessment,
          monitoring: {
            adopted: context.adopted.filter((p) => p.version === item.record.planVersion),
            updates: [item.record],
          },
        }).map((i) => ({ ...i, path: i.path.replace('$.monitoring.updates[0]', '$.record') })),
      );
  }
}
