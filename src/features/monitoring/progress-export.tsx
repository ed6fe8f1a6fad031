import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import type { AdoptedPlan } from '../../domain/monitoring/adopted-plan';
import type { MonitoringUpdate } from '../../domain/monitoring/monitoring';
import { resolveText } from '../../domain/questionnaire/text';
import { countryName } from '../../i18n/countries';
import type { ReportLanguage } from '../../report/report-translator';
import { currentResults } from '../../services/comparison';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { safeFileName } from '../../ui/download';
import { DocumentLanguage, GeneratedFile, useGeneratedFile } from '../../ui/generated-file';
import { useStore } from '../../ui/store-context';

/** The progress report of the plan in force as of the chosen day, in Word or as a spreadsheet, in either language. */
export function ProgressExport({
  assessment,
  available,
  plan,
  updates,
  day,
}: {
  assessment: Assessment;
  available: AvailableQuestionnaire;
  plan: AdoptedPlan;
  updates: readonly MonitoringUpdate[];
  day: string;
}) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [language, setLanguage] = useState<ReportLanguage>(i18n.resolvedLanguage === 'ru' ? 'ru' : 'en');
  const file = useGeneratedFile();
  const run = (kind: 'docx' | 'xlsx') =>
    file.run(kind, async () => {
      const exporter = await import('../../report/export-plan');
      const now = Date.now();
      const { questionnaire } = available;
      const input = {
        assessment,
        plan,
        updates,
        day,
        results: await currentResults(store, assessment, available, language, now),
        areas: questionnaire.areas.map((a) => ({
          id: a.id,
          label:
            `${a.code ?? ''} ${resolveText(a.title, language, questionnaire.defaultLanguage).text}`.trim(),
        })),
        language,
        countryName: countryName(assessment.country, language),
        now,
      };
      return {
        blob: kind === 'docx' ? await exporter.progressDocx(input) : await exporter.progressXlsx(input),
        fileName: `${safeFileName(assessment.title)}-progress-${day}-${language}.${kind}`,
      };
    });
  return (
    <section className="export" aria-labelledby="progress-export-heading">
      <h3 id="progress-export-heading">{t('monitoring.export.heading')}</h3>
      <p className="muted">{t('monitoring.export.help')}</p>
      <DocumentLanguage name="progress-language" value={language} onChange={setLanguage} />
      <div className="card-actions">
        <button
          type="button"
          className="primary"
          disabled={file.busy !== undefined}
          onClick={() => void run('docx')}
        >
          {file.busy === 'docx' ? t('plan.exporting') : t('monitoring.export.docx')}
        </button>
        <button type="button" disabled={file.busy !== undefined} onClick={() => void run('xlsx')}>
          {file.busy === 'xlsx' ? t('plan.exporting') : t('monitoring.export.xlsx')}
        </button>
      </div>
      <GeneratedFile state={file} />
    </section>
  );
}
