import type { LoadIssue } from '../load-result';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Questionnaire } from '../questionnaire/schema';
import { FILE_PATHS, gateRecords, type RecordPaths } from '../validation/record-gate';
import type { AssessmentFile } from './assessment-file';

/**
 * An assessment file checked against the questionnaire it names (whose content hash the caller has
 * matched): every record through the one gate (see record-gate.ts).
 */
export function checkAssessmentFile(
  file: AssessmentFile,
  questionnaire: Questionnaire,
  index: QuestionnaireIndex,
  paths: RecordPaths = FILE_PATHS,
): LoadIssue[] {
  return gateRecords(
    { assessment: file.assessment, answers: file.answers, reviewLog: file.reviewLog, plan: file.plan },
    questionnaire,
    index,
    paths,
  );
}
