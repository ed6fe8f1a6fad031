import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../storage/questionnaires-repo';
import { availableQuestionnaires } from '../../services/questionnaire-registry';
import { JsonFileButton } from '../../ui/json-file-button';
import { IssueList } from '../../ui/issue-list';
import { useStore } from '../../ui/store-context';
import { LIMITS } from '../../domain/limits';
import { readChosenFile } from '../../services/file-text';

/** Import a questionnaire file: validated first; a bad file is explained and nothing is stored. */
export function QuestionnaireImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [outcome, setOutcome] = useState<{
    file: string;
    result: ImportOutcome | { status: 'error'; message: string };
  }>();

  const importFile = async (file: File) => {
    try {
      const chosen = await readChosenFile(file, LIMITS.fileBytes.questionnaire, 'a questionnaire');
      if (!chosen.ok) {
        setOutcome({ file: file.name, result: { status: 'invalid', issues: [chosen.issue] } });
        return;
      }
      const text = chosen.text;
      const bundled = (await availableQuestionnaires(store))
        .filter((q) => q.source === 'bundled')
        .map((q) => q.questionnaire);
      const result = await store.questionnaires.import(text, file.name, Date.now(), bundled);
      setOutcome({ file: file.name, result });
      if (result.status === 'imported') onImported();
    } catch (error) {
      setOutcome({
        file: file.name,
        result: { status: 'error', message: error instanceof Error ? error.message : String(error) },
      });
    }
  };

  return (
    <div className="import">
      <JsonFileButton label={t('import.choose')} onFile={(file) => void importFile(file)} />
      {outcome && (
        <div
          role="status"
          className={`import-result import-${outcome.result.status}`}
          data-testid="import-result"
        >
          {outcome.result.status === 'imported' && (
            <p>
              {t('import.imported', {
                file: outcome.file,
                id: outcome.result.questionnaire.id,
                version: outcome.result.questionnaire.version,
              })}
            </p>
          )}
          {outcome.result.status === 'unchanged' && <p>{t('import.unchanged', { file: outcome.file })}</p>}
          {outcome.result.status === 'conflict' && (
            <p className="error">
              {t('import.conflict', {
                file: outcome.file,
                id: outcome.result.id,
                version: outcome.result.version,
              })}
            </p>
          )}
          {outcome.result.status === 'error' && (
            <p className="error">
              {t('import.failed', { file: outcome.file, message: outcome.result.message })}
            </p>
          )}
          {outcome.result.status === 'invalid' && (
            <>
              <p className="error">
                {t('import.invalid', {
                  file: outcome.file,
                  count: outcome.result.issues.filter((i) => i.severity === 'error').length,
                })}
              </p>
              <IssueList issues={outcome.result.issues} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
