/**
 * The stored schema, version by version. Append only: a released version is never edited; a change
 * is a new entry whose `migrate` functions are pure (old row → new row) and unit-tested.
 */
export interface StorageVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Per table: how a row of the previous version becomes a row of this one. */
  migrate?: Record<string, (row: unknown) => unknown>;
}

export const STORAGE_VERSIONS: readonly StorageVersion[] = [
  {
    version: 1,
    stores: {
      assessments: 'id, updatedAt',
      answers: '[assessmentId+questionId], assessmentId',
      questionnaires: '[id+version], id',
      settings: 'key',
    },
  },
  {
    // The expert review: an append-only log of decisions per assessment.
    version: 2,
    stores: {
      reviewLog: 'id, assessmentId',
    },
  },
  {
    // The user's edits of the draft plan, one record per assessment.
    version: 3,
    stores: {
      plans: 'assessmentId',
    },
  },
  {
    // The kept outcome of checking each imported questionnaire (see CheckedQuestionnaire).
    version: 4,
    stores: {
      questionnaireChecks: '[id+version]',
    },
  },
  {
    // Answers of merged files the user declined, per assessment, so a re-import does not ask again.
    version: 5,
    stores: {
      declinedAnswers: '[assessmentId+signature], assessmentId',
    },
  },
  {
    // The plan cycle: adopted plan versions (frozen), and monitoring updates (append-only).
    version: 6,
    stores: {
      adoptedPlans: '[assessmentId+version], assessmentId',
      monitoring: 'id, assessmentId',
    },
  },
  {
    // Earlier values of each answer on this device (see keepsAsEarlier), for its history and undo.
    version: 7,
    stores: {
      answerHistory: '[assessmentId+questionId+updatedAt], [assessmentId+questionId], assessmentId',
    },
  },
  {
    // The checked questionnaire kept in parts (outline, areas, actions): opening an area reads its
    // part only. Outcomes kept whole before have no layout and are checked afresh when next opened.
    version: 8,
    stores: {
      questionnaireParts: '[id+version+part], [id+version]',
    },
  },
];

/** Refuses a history that is out of order, so a mistaken edit fails loudly in tests and at start-up. */
export function checkVersionHistory(versions: readonly StorageVersion[]): string[] {
  const problems: string[] = [];
  versions.forEach((v, i) => {
    if (i === 0 && v.migrate)
      problems.push(`version ${v.version}: the first version has nothing to migrate from`);
    if (i > 0 && v.version <= versions[i - 1]!.version)
      problems.push(`version ${v.version} comes after ${versions[i - 1]!.version}: versions must increase`);
    for (const table of Object.keys(v.migrate ?? {}))
      if (!(table in v.stores) && !versions.slice(0, i).some((p) => table in p.stores))
        problems.push(`version ${v.version}: migrates unknown table "${table}"`);
  });
  return problems;
}
