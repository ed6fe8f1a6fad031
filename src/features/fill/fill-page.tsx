import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { LocalizedText } from '../../shared/localized-text';
import { AssessmentGate } from '../../shared/assessment-gate';
import type { AvailableQuestionnaire } from '../../shared/questionnaire-registry';
import { useStore } from '../../shared/store-context';
import { useLive } from '../../storage/store';
import { AnswerSession } from './answer-session';
import { AreaForm } from './area-form';
import { AreaNav } from './area-nav';
import { OutstandingPanel } from './outstanding-panel';
import { SaveStatus } from './save-status';
import { fillWords } from './fill-words';
import { FillContext } from './session-context';

export interface FillLinks {
  area: (areaId: string, questionId?: string) => string;
  home: string;
  edit: string;
  review: string;
  plan: string;
}

interface Props {
  assessmentId: string;
  areaId?: string;
  questionId?: string;
  links: FillLinks;
  now?: () => number;
}

export function FillPage({ assessmentId, areaId, questionId, links, now = Date.now }: Props) {
  return (
    <AssessmentGate assessmentId={assessmentId}>
      {(assessment, available) => (
        <FillSession
          key={assessment.id}
          assessment={assessment}
          available={available}
          areaId={areaId}
          questionId={questionId}
          links={links}
          now={now}
        />
      )}
    </AssessmentGate>
  );
}

function FillSession({
  assessment,
  available,
  areaId,
  questionId,
  links,
  now,
}: Omit<Props, 'assessmentId'> & {
  assessment: Assessment;
  available: AvailableQuestionnaire;
  now: () => number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const store = useStore();
  const { questionnaire, index } = available;
  const settings = useLive(() => store.settings.get(), [store]);
  const [session] = useState(
    () =>
      new AnswerSession({
        assessmentId: assessment.id,
        index,
        validation: { agencyIds: new Set(assessment.roster.map((a) => a.id)) },
        save: (records) => store.answers.save(records),
        now,
      }),
  );
  useEffect(() => session.setAuthor(settings?.authorName ?? ''), [session, settings]);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<unknown>();
  useEffect(
    () =>
      store.answers.watch(
        assessment.id,
        (records) => {
          session.applyStored(records);
          setLoaded(true);
        },
        setLoadError,
      ),
    [store, assessment.id, session],
  );

  useEffect(() => {
    const flush = () => void session.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [session]);

  const area = questionnaire.areas.find((a) => a.id === areaId) ?? questionnaire.areas[0]!;
  const questionsById = useMemo(
    () => new Map(index.questions.map((e) => [e.question.id, e.question])),
    [index],
  );
  const words = useMemo(() => fillWords(t), [t]);
  const context = useMemo(
    () => ({
      session,
      questionnaire,
      roster: assessment.roster,
      assessmentId: assessment.id,
      language,
      t,
      words,
    }),
    [session, questionnaire, assessment, language, t, words],
  );

  useEffect(() => {
    if (!loaded) return;
    const target = document.getElementById(questionId ? `q-${questionId}` : 'area-title');
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: questionId ? 'center' : 'start' });
  }, [loaded, area.id, questionId]);

  if (loadError)
    return (
      <p role="alert">
        {t('storage.cannotOpen')}:{' '}
        {loadError instanceof Error ? loadError.message : t('storage.problem.failed')}
      </p>
    );
  if (!loaded) return <p role="status">{t('common.loading')}</p>;
  return (
    <FillContext.Provider value={context}>
      <div className="fill-header">
        <div>
          <p className="crumbs">
            <a href={links.home}>{t('nav.assessments')}</a> › {assessment.title} ·{' '}
            <a href={links.edit}>{t('fill.editProfile')}</a> · <a href={links.review}>{t('fill.review')}</a> ·{' '}
            <a href={links.plan}>{t('fill.plan')}</a>
          </p>
          <p className="muted">
            <LocalizedText text={questionnaire.title} defaultLanguage={questionnaire.defaultLanguage} />{' '}
            {questionnaire.version} · {t(`marking.${assessment.marking}`)}
          </p>
        </div>
        <SaveStatus />
      </div>
      <div className="fill-layout">
        <AreaNav currentAreaId={area.id} hrefOf={(id) => links.area(id)} />
        <div className="fill-main">
          <OutstandingPanel questionsById={questionsById} hrefOf={links.area} />
          <AreaForm key={area.id} area={area} />
        </div>
      </div>
    </FillContext.Provider>
  );
}
