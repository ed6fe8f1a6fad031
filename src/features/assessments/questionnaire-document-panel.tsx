import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { assignedTo } from '../../domain/assessment/assignments';
import { usableAnswers } from '../../domain/validation/record-gate';
import { countryName } from '../../i18n/countries';
import type { ReportLanguage } from '../../report/report-translator';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { AssessmentGate } from '../../ui/assessment-gate';
import { safeFileName } from '../../ui/download';
import { DocumentLanguage, GeneratedFile, useGeneratedFile } from '../../ui/generated-file';
import { useStore } from '../../ui/store-context';

/** The questionnaire as a Word document or a page to print: blank or with the answers, whole or one agency's part. */
export function QuestionnaireDocumentPanel({ assessmentId }: { assessmentId: string }) {
  return (
    <AssessmentGate assessmentId={assessmentId}>
      {(assessment, available) => <DocumentPanel assessment={assessment} available={available} />}
    </AssessmentGate>
  );
}

function DocumentPanel({
  assessment,
  available,
}: {
  assessment: Assessment;
  available: AvailableQuestionnaire;
}) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [language, setLanguage] = useState<ReportLanguage>(i18n.resolvedLanguage === 'ru' ? 'ru' : 'en');
  const [withAnswers, setWithAnswers] = useState(false);
  const [agencyId, setAgencyId] = useState('');
  const file = useGeneratedFile();
  const assignments = assessment.assignments ?? [];
  const assignedAgencies = assessment.roster.filter((a) => assignments.some((x) => x.agencyId === a.id));
  const run = (kind: 'docx' | 'html') =>
    file.run(kind, async () => {
      const exporter = await import('../../report/export-plan');
      const agency = assessment.roster.find((a) => a.id === agencyId);
      const records = withAnswers ? await store.answers.list(assessment.id) : [];
      const input = {
        questionnaire: available.questionnaire,
        index: available.index,
        assessment,
        countryName: countryName(assessment.country, language),
        ...(withAnswers && {
          answers: new Map(
            usableAnswers(records, assessment, available.index).usable.map((r) => [r.questionId, r]),
          ),
        }),
        ...(agency && {
          only: {
            questionIds: assignedTo(available.index, assignments, agency.id),
            agency: agency.acronym || agency.name,
          },
        }),
        language,
        now: Date.now(),
      };
      const part = agency ? `-${safeFileName(agency.acronym || agency.name)}` : '';
      return {
        blob: kind === 'docx' ? await exporter.questionnaireDocx(input) : exporter.questionnaireHtml(input),
        fileName: `${safeFileName(assessment.title)}-questionnaire${part}${withAnswers ? '-answers' : ''}-${language}.${kind}`,
      };
    });
  return (
    <section className="export" aria-labelledby="qdoc-heading">
      <h3 id="qdoc-heading">{t('qdoc.heading')}</h3>
      <p className="muted">{t('qdoc.help')}</p>
      <DocumentLanguage name="qdoc-language" value={language} onChange={setLanguage} />
      <fieldset>
        <legend>{t('qdoc.content')}</legend>
        <div className="options inline">
          <label className="option">
            <input
              type="radio"
              name="qdoc-content"
              checked={!withAnswers}
              onChange={() => setWithAnswers(false)}
            />{' '}
            {t('qdoc.contentBlank')}
          </label>
          <label className="option">
            <input
              type="radio"
              name="qdoc-content"
              checked={withAnswers}
              onChange={() => setWithAnswers(true)}
            />{' '}
            {t('qdoc.contentAnswers')}
          </label>
        </div>
      </fieldset>
      {assignedAgencies.length > 0 && (
        <p>
          <label>
            {t('qdoc.scope')}{' '}
            <select value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              <option value="">{t('qdoc.scopeAll')}</option>
              {assignedAgencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {t('qdoc.scopeAgency')} {a.acronym || a.name}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      <div className="card-actions">
        <button
          type="button"
          className="primary"
          disabled={file.busy !== undefined}
          onClick={() => void run('docx')}
        >
          {file.busy === 'docx' ? t('plan.exporting') : t('qdoc.docx')}
        </button>
        <button type="button" disabled={file.busy !== undefined} onClick={() => void run('html')}>
          {file.busy === 'html' ? t('plan.exporting') : t('qdoc.html')}
        </button>
      </div>
      <GeneratedFile state={file} />
    </section>
  );
}
