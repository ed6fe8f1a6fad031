import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import type { PlanEdits } from '../../domain/plan/plan-edits';
import type { ReviewEntry } from '../../domain/scoring/review';
import type { AnswerRecord } from '../../domain/assessment/answer';
import { countryName } from '../../i18n/countries';
import { safeFileName } from '../../ui/download';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
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
  const [language, setLanguage] = useState<ReportLanguage>(i18n.resolvedLanguage === 'ru' ? 'ru' : 'en');
  const [busy, setBusy] = useState<string>();
  const [answersAnnex, setAnswersAnnex] = useState(true);
  const [contextTables, setContextTables] = useState(true);
  const [failure, setFailure] = useState<string>();
  // The file is offered as a link the user clicks: a download started after the generation's await
  // has lost its user gesture, and browsers block a second one as "multiple automatic downloads".
  const [ready, setReady] = useState<{ url: string; fileName: string }>();
  const saveLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    saveLink.current?.focus();
    return () => {
      if (ready) URL.revokeObjectURL(ready.url);
    };
  }, [ready]);
  const run = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    setFailure(undefined);
    setReady(undefined);
    try {
      const exporter = await import('../../report/export-plan');
      const input = {
        assessment,
        questionnaire: available.questionnaire,
        index: available.index,
        answers: records,
        log,
        planEdits: edits,
        language,
        countryName: countryName(assessment.country, language),
        now: Date.now(),
        options: { answersAnnex, contextTables },
      };
      const blob = kind === 'docx' ? await exporter.planDocx(input) : await exporter.matrixXlsx(input);
      setReady({
        url: URL.createObjectURL(blob),
        fileName: `${safeFileName(assessment.title)}-${kind === 'docx' ? 'plan' : 'actions'}-${language}.${kind}`,
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section className="export" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('plan.exportHeading')}</h3>
      <fieldset>
        <legend>{t('plan.exportLanguage')}</legend>
        <div className="options inline">
          {(['en', 'ru'] as const).map((lng) => (
            <label key={lng} className="option">
              <input
                type="radio"
                name="export-language"
                checked={language === lng}
                onChange={() => setLanguage(lng)}
              />{' '}
              {t(`language.${lng}`)}
            </label>
          ))}
        </div>
      </fieldset>
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
      {ready && (
        <p role="status">
          <a ref={saveLink} className="button primary" href={ready.url} download={ready.fileName}>
            {t('plan.save', { file: ready.fileName })}
          </a>
        </p>
      )}
      {failure && (
        <p className="error" role="alert">
          {t('plan.exportFailed', { message: failure })}
        </p>
      )}
    </section>
  );
}
