import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import type { PlanEdits } from '../../domain/plan/plan-edits';
import type { ReviewEntry } from '../../domain/scoring/review';
import type { AnswerRecord } from '../../domain/assessment/answer';
import { countryName } from '../../i18n/countries';
import { safeFileName } from '../../ui/download';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { loadComparison } from '../../services/comparison';
import { useStore } from '../../ui/store-context';
import { DocumentLanguage, GeneratedFile, useGeneratedFile } from '../../ui/generated-file';
import type { ReportLanguage } from '../../report/report-translator';

interface Props {
  assessment: Assessment;
  available: AvailableQuestionnaire;
  records: AnswerRecord[];
  log: ReviewEntry[];
  edits: PlanEdits;
}

/** Word plan and spreadsheet of the action matrix; the generators load only when asked for. */
export function ExportPanel({ assessment, available, records, log, edits }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [language, setLanguage] = useState<ReportLanguage>(i18n.resolvedLanguage === 'ru' ? 'ru' : 'en');
  const [answersAnnex, setAnswersAnnex] = useState(true);
  const [contextTables, setContextTables] = useState(true);
  const file = useGeneratedFile();
  const { busy } = file;
  const run = (kind: 'docx' | 'xlsx') =>
    file.run(kind, async () => {
      const exporter = await import('../../report/export-plan');
      const now = Date.now();
      // A re-assessment's plan reports progress since the assessment it started from, when that is still here.
      const from = assessment.reassessmentOf;
      const compared = from
        ? await loadComparison(store, assessment, available, from.assessmentId, now)
        : undefined;
      const input = {
        assessment,
        questionnaire: available.questionnaire,
        index: available.index,
        answers: records,
        log,
        planEdits: edits,
        language,
        countryName: countryName(assessment.country, language),
        now,
        options: { answersAnnex, contextTables },
        ...(typeof compared === 'object' && {
          earlier: {
            title: compared.earlier.title,
            comparison: compared.comparison,
            index: compared.earlierAvailable.index,
            areas: compared.earlierAvailable.questionnaire.areas,
          },
        }),
      };
      return {
        blob: kind === 'docx' ? await exporter.planDocx(input) : await exporter.matrixXlsx(input),
        fileName: `${safeFileName(assessment.title)}-${kind === 'docx' ? 'plan' : 'actions'}-${language}.${kind}`,
      };
    });
  return (
    <section className="export" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('plan.exportHeading')}</h3>
      <DocumentLanguage name="export-language" value={language} onChange={setLanguage} />
      <fieldset>
        <legend>{t('plan.exportContents')}</legend>
        <label className="option">
          <input type="checkbox" checked={answersAnnex} onChange={(e) => setAnswersAnnex(e.target.checked)} />{' '}
          {t('plan.includeAnswers')}
        </label>
        <label className="option">
          <input
            type="checkbox"
            checked={contextTables && answersAnnex}
            disabled={!answersAnnex}
            onChange={(e) => setContextTables(e.target.checked)}
          />{' '}
          {t('plan.includeContextTables')}
        </label>
      </fieldset>
      <div className="card-actions">
        <button
          type="button"
          className="primary"
          disabled={busy !== undefined}
          onClick={() => void run('docx')}
        >
          {busy === 'docx' ? t('plan.exporting') : t('plan.prepareDocx')}
        </button>
        <button type="button" disabled={busy !== undefined} onClick={() => void run('xlsx')}>
          {busy === 'xlsx' ? t('plan.exporting') : t('plan.prepareXlsx')}
        </button>
      </div>
      <GeneratedFile state={file} />
    </section>
  );
}
