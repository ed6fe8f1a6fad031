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
  return [
    ...gateRecords(
      { assessment: file.assessment, answers: file.answers, reviewLog: file.reviewLog, plan: file.plan },
      questionnaire,
      index,
      paths,
    ),
    ...checkMonitoring(file),
  ];
}

/** The plan cycle of a file: its own assessment's, each version once, each update of an adopted action. */
export function checkMonitoring(file: Pick<AssessmentFile, 'assessment' | 'monitoring'>): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const id = file.assessment.id;
  const error = (path: string, message: string) => issues.push({ severity: 'error', path, message });
  const versions = new Map<number, Set<string>>();
  file.monitoring?.adopted.forEach((plan, i) => {
    if (plan.assessmentId !== id)
      error(
        `$.monitoring.adopted[${i}].assessmentId`,
        `belongs to assessment "${plan.assessmentId}", not "${id}"`,
      );
    if (versions.has(plan.version))
      error(`$.monitoring.adopted[${i}].version`, `version ${plan.version} is adopted twice`);
    versions.set(plan.version, new Set(plan.actions.map((a) => a.id)));
  });
  const ids = new Set<string>();
  file.monitoring?.updates.forEach((u, i) => {
    const at = `$.monitoring.updates[${i}]`;
    if (u.assessmentId !== id)
      error(`${at}.assessmentId`, `belongs to assessment "${u.assessmentId}", not "${id}"`);
    if (ids.has(u.id)) error(`${at}.id`, `a second update with id "${u.id}"`);
    ids.add(u.id);
    const actions = versions.get(u.planVersion);
    if (!actions)
      error(`${at}.planVersion`, `reports on plan version ${u.planVersion}, which the file does not hold`);
    else if (!actions.has(u.actionId))
      error(`${at}.actionId`, `action "${u.actionId}" is not in plan version ${u.planVersion}`);
  });
  return issues;
}
