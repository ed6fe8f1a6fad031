import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summariseQuestionnaire } from '../../domain/questionnaire/summary';
import type { BundledQuestionnaire } from '../../services/bundled-questionnaires';
import { IssueList } from '../../ui/issue-list';
import { QuestionnaireText } from '../../ui/questionnaire-text';

interface Props {
  load: () => Promise<BundledQuestionnaire[]>;
}

export function QuestionnaireCatalogue({ load }: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState<BundledQuestionnaire[] | undefined>();
  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && setItems(loaded));
    return () => {
      live = false;
    };
  }, [load]);

  return (
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t('catalogue.heading')}</h2>
      {!items && <p role="status">{t('catalogue.loading')}</p>}
      {items?.length === 0 && <p>{t('catalogue.none')}</p>}
      <ul className="cards">
        {items?.map(({ file, result }) => (
          <li key={file} className="card" data-testid="questionnaire-card">
            {result.status === 'failure' ? (
              <>
                <h3>{file}</h3>
                <p className="error">{t('catalogue.invalid')}</p>
                <IssueList issues={result.issues} />
              </>
            ) : (
              <>
                <h3>
                  <QuestionnaireText
                    text={result.value.title}
                    defaultLanguage={result.value.defaultLanguage}
                  />
                </h3>
                <p className="muted">
                  {t('catalogue.version', { version: result.value.version })} · {file}
                </p>
                <Counts summary={summariseQuestionnaire(result.value)} />
                <p className="muted">
                  {t('catalogue.languages', { languages: result.value.languages.join(', ') })}
                </p>
                {result.status === 'warning' && (
                  <>
                    <p>{t('catalogue.warnings')}</p>
                    <IssueList issues={result.issues} />
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Counts({ summary }: { summary: ReturnType<typeof summariseQuestionnaire> }) {
  const { t } = useTranslation();
  return (
    <p>
      {t('catalogue.areas', { count: summary.areas })} ·{' '}
      {t('catalogue.questions', { count: summary.questions })} ·{' '}
      {t('catalogue.indicators', { count: summary.indicators })} ·{' '}
      {t('catalogue.actions', { count: summary.actions })}
    </p>
  );
}
