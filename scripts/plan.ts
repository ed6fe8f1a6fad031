// The plan generator on the command line, the same code as the app's export:
//   npm run plan -- --in assessment.json --out plan.docx [--lang ru] [--xlsx actions.xlsx] [--date 2026-11-24]
// --in takes an assessment file exported by the app, or an example assessment (questionnaires/*/example-assessment.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import writeXlsxFile from 'write-excel-file/universal';
import { newAssessment } from '../src/domain/assessment/assessment';
import { exampleAssessmentSchema } from '../src/domain/assessment/example';
import { loadAssessmentFile } from '../src/domain/exchange/assessment-file';
import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';
import { buildReport } from '../src/report/build-report';
import { matrixSheet } from '../src/report/matrix-sheet';
import { gatherReportInput, type ReportSource } from '../src/report/gather-report-input';
import { docxBuffer } from '../src/report/render-docx';
import { REPORT_LANGUAGES, type ReportLanguage } from '../src/report/report-translator';
import { questionnaireHash } from '../src/services/content-hash';
import { countryName } from '../src/i18n/countries';

function fail(message: string): never {
  console.error(`plan: ${message}`);
  process.exit(1);
}

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
  fail(
    'usage: npm run plan -- --in assessment.json --out plan.docx [--lang en|ru] [--xlsx actions.xlsx] [--date YYYY-MM-DD]',
  );
const language = values.lang as ReportLanguage;
if (!REPORT_LANGUAGES.includes(language))
  fail(`--lang must be one of ${REPORT_LANGUAGES.join(', ')}, not "${values.lang}"`);
const now = values.date ? Date.parse(`${values.date}T12:00:00Z`) : Date.now();
if (Number.isNaN(now)) fail(`--date must be YYYY-MM-DD, not "${values.date}"`);

let text: string;
try {
  text = readFileSync(values.in, 'utf8');
} catch (error) {
  fail(`cannot read ${values.in}: ${(error as Error).message}`);
}

/** Either an exported assessment file or an example assessment. */
function readInput(): {
  ref: { id: string; version: string; contentHash?: string };
  make: (q: ReportSource['questionnaire']) => Omit<ReportSource, 'language' | 'countryName' | 'now'>;
} {
  const raw = JSON.parse(text) as Record<string, unknown>;
  if (raw.type === undefined && 'profile' in raw) {
    const example = exampleAssessmentSchema.parse(raw);
    const assessment = newAssessment({
      id: 'example',
      profile: example.profile,
      questionnaire: example.questionnaire,
      now,
      example: true,
    });
    return {
      ref: example.questionnaire,
      make: (questionnaire) => ({
        assessment,
        questionnaire,
        answers: Object.entries(example.answers).map(([questionId, s]) => ({ ...s, questionId })),
        log: [],
      }),
    };
  }
  const loaded = loadAssessmentFile(text);
  if (loaded.status === 'failure')
    fail(
      `${values.in} is not a valid assessment file:\n${loaded.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
    );
  const file = loaded.value;
  return {
    ref: file.questionnaire,
    make: (questionnaire) => ({
      assessment: file.assessment,
      questionnaire,
      answers: file.answers,
      log: file.reviewLog,
      planEdits: file.plan ?? undefined,
    }),
  };
}

let input: ReturnType<typeof readInput>;
try {
  input = readInput();
} catch (error) {
  fail(`${values.in}: ${(error as Error).message}`);
}
const questionnairePath = values.questionnaire ?? `questionnaires/${input.ref.id}-${input.ref.version}.json`;
let questionnaireText: string;
try {
  questionnaireText = readFileSync(questionnairePath, 'utf8');
} catch {
  fail(
    `the questionnaire ${input.ref.id} ${input.ref.version} is needed: pass its file with --questionnaire (looked for ${questionnairePath})`,
  );
}
const q = loadQuestionnaire(questionnaireText);
if (q.status === 'failure')
  fail(
    `${questionnairePath} is not a valid questionnaire:\n${q.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
  );
if (q.value.id !== input.ref.id || q.value.version !== input.ref.version)
  fail(`${questionnairePath} is ${q.value.id} ${q.value.version}, not ${input.ref.id} ${input.ref.version}`);
if (input.ref.contentHash && input.ref.contentHash !== (await questionnaireHash(q.value)))
  fail(
    `${questionnairePath} has other content than the questionnaire ${input.ref.id} ${input.ref.version} the assessment was answered on`,
  );

const base = input.make(q.value);
const prepared = gatherReportInput({
  ...base,
  language,
  countryName: countryName(base.assessment.country, language),
  now,
});
if (values.out) {
  writeFileSync(values.out, await docxBuffer(buildReport(prepared)));
  console.log(`wrote ${values.out}`);
}
if (values.xlsx) {
  const { data, widths } = matrixSheet(prepared);
  const blob = await writeXlsxFile(data, {
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
  writeFileSync(values.xlsx, Buffer.from(await blob.arrayBuffer()));
  console.log(`wrote ${values.xlsx}`);
}
