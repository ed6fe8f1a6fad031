// The plan generator on the command line, the same code as the app's export:
//   npm run plan -- --in assessment.json --out plan.docx [--lang ru] [--xlsx actions.xlsx] [--date 2026-11-24]
// --in takes an assessment file exported by the app, or an example assessment (questionnaires/*/*/example-assessment.json).
// Every file passes the same gate as in the app (services' file checks and the domain's record gate);
// a refusal is one message and exit code 1, never a stack trace.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import writeXlsxFile from 'write-excel-file/universal';
import { newAssessment } from '../src/domain/assessment/assessment';
import { exampleAssessmentSchema } from '../src/domain/assessment/example';
import type { AnswerRecord } from '../src/domain/assessment/answer';
import { LIMITS } from '../src/domain/limits';
import type { LoadIssue } from '../src/domain/load-result';
import { parseJson } from '../src/domain/parse-json';
import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../src/domain/questionnaire/questionnaire-index';
import { gateRecords } from '../src/domain/validation/record-gate';
import { zodIssuesToLoadIssues } from '../src/domain/zod-issues';
import { countryName } from '../src/i18n/countries';
import { buildReport } from '../src/report/build-report';
import { gatherReportInput, type ReportSource } from '../src/report/gather-report-input';
import { matrixSheet } from '../src/report/matrix-sheet';
import { docxBuffer } from '../src/report/render-docx';
import { REPORT_LANGUAGES, type ReportLanguage } from '../src/report/report-translator';
import { questionnaireHash } from '../src/services/content-hash';
import { readExchangeFile } from '../src/services/file-check-tasks';
import { decodeText, tooLarge } from '../src/services/file-text';

class Refusal extends Error {}

function refuse(message: string): never {
  throw new Refusal(message);
}

const listed = (issues: LoadIssue[]) =>
  issues
    .slice(0, LIMITS.issues.shown)
    .map((i) => `  ${i.path}: ${i.message}`)
    .join('\n') +
  (issues.length > LIMITS.issues.shown ? `\n  … and ${issues.length - LIMITS.issues.shown} more` : '');

/** A file's text, read as the app reads a chosen file (size first; UTF-8 or UTF-16 with a BOM). */
function readText(path: string, limit: number, what: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    refuse(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (size > limit) refuse(`${path}: ${tooLarge(size, limit, what).message}`);
  return decodeText(readFileSync(path));
}

async function main(): Promise<string[]> {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      xlsx: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      questionnaire: { type: 'string' },
      date: { type: 'string' },
    },
  });
  if (!values.in || (!values.out && !values.xlsx))
    refuse(
      'usage: npm run plan -- --in assessment.json --out plan.docx [--lang en|ru] [--xlsx actions.xlsx] [--date YYYY-MM-DD]',
    );
  const language = values.lang as ReportLanguage;
  if (!REPORT_LANGUAGES.includes(language))
    refuse(`--lang must be one of ${REPORT_LANGUAGES.join(', ')}, not "${values.lang}"`);
  const now = values.date ? Date.parse(`${values.date}T12:00:00Z`) : Date.now();
  if (Number.isNaN(now)) refuse(`--date must be YYYY-MM-DD, not "${values.date}"`);

  const inPath = values.in;
  const text = readText(inPath, LIMITS.fileBytes.assessment, 'an assessment file');
  const json = parseJson(text);
  if (!json.ok) refuse(`${inPath} is not a valid assessment file:\n${listed([json.issue])}`);
  const raw = json.value as Record<string, unknown> | null;
  const isExample = raw !== null && typeof raw === 'object' && raw.type === undefined && 'profile' in raw;

  // Either an exported assessment file or an example assessment; both name their questionnaire.
  let source: Omit<ReportSource, 'language' | 'countryName' | 'now' | 'questionnaire' | 'answers'>;
  let answers: AnswerRecord[];
  let ref: { id: string; version: string; contentHash?: string };
  if (isExample) {
    const parsed = exampleAssessmentSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success)
      refuse(
        `${inPath} is not a valid example assessment:\n${listed(zodIssuesToLoadIssues(parsed.error.issues))}`,
      );
    const example = parsed.data;
    const assessment = newAssessment({
      id: 'example',
      profile: example.profile,
      questionnaire: example.questionnaire,
      now,
      example: true,
    });
    ref = example.questionnaire;
    source = { assessment, log: [] };
    answers = Object.entries(example.answers).map(([questionId, s]) => ({
      ...s,
      questionId,
      assessmentId: assessment.id,
      updatedAt: now,
      author: '',
    }));
  } else {
    const read = await readExchangeFile(text);
    if (read.kind === 'needsPassphrase')
      refuse(
        `${inPath} is encrypted: open it in the app and export it without a passphrase for the command line`,
      );
    if (read.kind === 'failure') refuse(`${inPath} is not a valid assessment file:\n${listed(read.issues)}`);
    if (read.kind === 'backup')
      refuse(`${inPath} is a backup; export one assessment from the app for the command line`);
    const file = read.file;
    ref = file.questionnaire;
    source = { assessment: file.assessment, log: file.reviewLog, planEdits: file.plan ?? undefined };
    answers = file.answers;
  }

  const questionnairePath = values.questionnaire ?? `questionnaires/${ref.id}-${ref.version}.json`;
  let questionnaireText: string;
  try {
    questionnaireText = readText(questionnairePath, LIMITS.fileBytes.questionnaire, 'a questionnaire');
  } catch {
    refuse(
      `the questionnaire ${ref.id} ${ref.version} is needed: pass its file with --questionnaire (looked for ${questionnairePath})`,
    );
  }
  const q = loadQuestionnaire(questionnaireText);
  if (q.status === 'failure')
    refuse(`${questionnairePath} is not a valid questionnaire:\n${listed(q.issues)}`);
  if (q.value.id !== ref.id || q.value.version !== ref.version)
    refuse(`${questionnairePath} is ${q.value.id} ${q.value.version}, not ${ref.id} ${ref.version}`);
  if (ref.contentHash && ref.contentHash !== (await questionnaireHash(q.value)))
    refuse(
      `${questionnairePath} has other content than the questionnaire ${ref.id} ${ref.version} the assessment was answered on`,
    );

  // The gate: the same check of every record as an import in the app.
  const index = indexQuestionnaire(q.value);
  const issues = gateRecords(
    { assessment: source.assessment, answers, reviewLog: source.log, plan: source.planEdits ?? null },
    q.value,
    index,
  );
  if (issues.length > 0)
    refuse(`${inPath} does not fit the questionnaire ${ref.id} ${ref.version}:\n${listed(issues)}`);

  const prepared = gatherReportInput({
    ...source,
    answers,
    questionnaire: q.value,
    index,
    language,
    countryName: countryName(source.assessment.country, language),
    now,
  });
  const written: string[] = [];
  if (values.out) {
    writeFileSync(values.out, await docxBuffer(buildReport(prepared)));
    written.push(values.out);
  }
  if (values.xlsx) {
    const { data, widths } = matrixSheet(prepared);
    const blob = await writeXlsxFile(data, {
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    }).toBlob();
    writeFileSync(values.xlsx, Buffer.from(await blob.arrayBuffer()));
    written.push(values.xlsx);
  }
  return written;
}

main().then(
  (written) => {
    for (const file of written) console.log(`wrote ${file}`);
  },
  (error: unknown) => {
    // A refusal says what is wrong; anything else is a defect of the tool, said in one line too.
    const message =
      error instanceof Refusal
        ? error.message
        : `could not make the plan: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`plan: ${message}`);
    process.exit(1);
  },
);
