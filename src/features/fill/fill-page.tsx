import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerRecord } from '../../domain/assessment/answer';
import type { Assessment } from '../../domain/assessment/assessment';
import { QuestionnaireText } from '../../ui/questionnaire-text';
import { AssessmentGate } from '../../ui/assessment-gate';
import {
  findQuestionnaire,
  openForArea,
  openWholeIn,
  type OpenedForArea,
} from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { useUiLanguage } from '../../ui/ui-language';
import { authorStamp } from '../../storage/settings-repo';
import { useLive, type Store } from '../../storage/store';
import { AnswerSession } from './answer-session';
import { AreaForm } from './area-form';
import { AreaNav } from './area-nav';
import { OutstandingPanel } from './outstanding-panel';
import { SaveStatus } from './save-status';
import { spaceGuard } from '../../services/storage-guard';
import { toStorageError } from '../../storage/storage-error';
import { deviceEvents } from '../../services/device-events';
import { safeFileName } from '../../ui/download';
import { SetAsideNotice } from './set-aside-notice';
import { fillWords } from './fill-words';
import { MARKS } from './performance-marks';
import { carriedNotes, FillContext, movedNotes } from './session-context';
import { SearchBox } from './search-box';
import { useAreaTexts, whenIdle } from './area-texts';
import { agencyNamed, assignedTo } from '../../domain/assessment/assignments';
import { ScreenHelp } from '../../ui/screen-help';
import { formatIsoDate } from '../../i18n/format';

// Asked once per device: loaded only when it is to be shown (a chunk of its own, precached).
const IdentityDialog = lazy(() =>
  import('../../ui/identity-dialog').then((m) => ({ default: m.IdentityDialog })),
);

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

/** What the fill screen opens with: the questionnaire as far as read, and the answers it shows. */
interface Opening {
  opened: OpenedForArea;
  /** The stored answers of the questions read (all of them when the questionnaire is complete). */
  answers: AnswerRecord[];
}

async function openFill(
  store: Store,
  assessment: Assessment,
  areaId: string | undefined,
): Promise<Opening | undefined> {
  const opened = await openForArea(store, assessment.questionnaire, areaId);
  if (!opened) return undefined;
  const answers = opened.complete
    ? await store.answers.list(assessment.id)
    : await store.answers.listOf(
        assessment.id,
        opened.index.questions.map((e) => e.question.id),
      );
  return { opened, answers };
}

const early = new Map<string, { ref: string; opening: Promise<Opening | undefined> }>();
const refOf = (assessment: Assessment) =>
  `${assessment.questionnaire.id}@${assessment.questionnaire.version}`;

/**
 * Starts reading what the fill screen needs (the area's part of the questionnaire and its answers)
 * as the app starts on it, alongside loading React, rather than once the screen has rendered and asked.
 */
export function prefetchFill(store: Store, assessmentId: string, areaId?: string): void {
  const assessment = store.open().then(() => store.assessments.get(assessmentId));
  const opening = assessment.then((a) => (a ? openFill(store, a, areaId) : undefined));
  opening.catch(() => undefined);
  void assessment
    .then((a) => a && early.set(assessmentId, { ref: refOf(a), opening }))
    .catch(() => undefined);
}

/** What was read at start, once (later visits read afresh), else a new read. */
function opening(
  store: Store,
  assessment: Assessment,
  areaId: string | undefined,
): Promise<Opening | undefined> {
  const prefetched = early.get(assessment.id);
  early.delete(assessment.id);
  return prefetched?.ref === refOf(assessment) ? prefetched.opening : openFill(store, assessment, areaId);
}

export function FillPage({ assessmentId, areaId, questionId, links, now = Date.now }: Props) {
  const store = useStore();
  return (
    <AssessmentGate assessmentId={assessmentId} open={(assessment) => opening(store, assessment, areaId)}>
      {(assessment, { opened, answers }) => (
        <FillSession
          key={assessment.id}
          assessment={assessment}
          opened={opened}
          stored={answers}
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
  opened,
  areaId,
  questionId,
  links,
  now,
  stored,
}: Omit<Props, 'assessmentId'> & {
  assessment: Assessment;
  opened: OpenedForArea;
  now: () => number;
  /** The answers of the questions read when the page opened; the live watch follows changes. */
  stored: AnswerRecord[];
}) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [read, setRead] = useState(opened);
  const { questionnaire, index, complete } = read;
  const settings = useLive(() => store.settings.get(), [store]);
  const [session] = useState(() => {
    performance.mark(MARKS.dataRead);
    const created = new AnswerSession({
      assessmentId: assessment.id,
      index,
      validation: { agencyIds: new Set(assessment.roster.map((a) => a.id)) },
      save: (records) => store.answers.save(records),
      // After a restore in another tab, edits of this one describe replaced data: not kept.
      keepUnwritten: (records) => !deviceEvents.replaced() && store.unwritten.keep(records),
      // Not once the disk is nearly full, nor once another tab restored a backup over this data.
      mayWrite: () => spaceGuard.mayWrite() && !deviceEvents.replaced(),
      // A write refused: nothing more is written until the user has freed space and says so.
      onWriteFailed: (error) => {
        // An aborted write with no other reason is, in practice, the disk too.
        if (toStorageError(error).problem !== 'unavailable') spaceGuard.diskFull();
      },
      now,
    });
    created.applyStored(stored);
    return created;
  });
  useEffect(() => session.setAuthor(settings ? authorStamp(settings) : ''), [session, settings]);
  useEffect(() => {
    const stop = deviceEvents.subscribe(() => void store.unwritten.keep([]));
    return () => void stop();
  }, [store]);
  // Once there is room on the disk again, the edits held back are written.
  useEffect(
    () =>
      spaceGuard.subscribe(() => {
        if (spaceGuard.mayWrite()) void session.flush();
      }),
    [session],
  );
  const [askLater, setAskLater] = useState(false);
  const [loadError, setLoadError] = useState<unknown>();
  // The whole questionnaire, once read (at once when it opened whole).
  const [whole, setWhole] = useState<OpenedForArea | undefined>(opened.complete ? opened : undefined);
  // From then on the answers are watched; the areas' counts, the outstanding list and search follow
  // once every stored answer has been read with it, never from a part of them.
  useEffect(
    () =>
      whole
        ? store.answers.watchChanges(
            assessment.id,
            (records) => {
              session.applyStored(records);
              setRead((current) => {
                if (current.complete && current.questionnaire === whole.questionnaire) return current;
                if (!current.complete) performance.mark(MARKS.allRead);
                return { ...whole, complete: true };
              });
            },
            setLoadError,
          )
        : undefined,
    [store, assessment.id, session, whole],
  );
  // Once the area is on screen, the rest of the questionnaire is read when the page is idle, in the UI
  // language only and bare (the texts of the areas shown are read apart: see area-texts.ts); read
  // again in the language chosen when the user switches.
  const language = useUiLanguage();
  useEffect(() => {
    if (whole && (whole.language === undefined || whole.language === language)) return;
    let cancelled = false;
    const cancelIdle = whenIdle(
      () =>
        void openWholeIn(store, assessment.questionnaire, language, { bare: true })
          .then((found) => {
            if (cancelled || !found) return;
            session.setIndex(found.index);
            setWhole(found);
          })
          .catch((error: unknown) => !cancelled && setLoadError(error)),
    );
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [whole, language, store, assessment.questionnaire, session]);

  useEffect(() => {
    const flush = () => void session.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    // Edits are in the journal at once; only edits it could not keep are worth a leave warning.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      flush();
      if (session.atRisk()) event.preventDefault();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [session]);

  // What search reads: the index held, or (held bare) the whole questionnaire in the language asked.
  const held = read.bare ? undefined : index;
  const searchIndexIn = useCallback(
    async (language: string) => held ?? (await openWholeIn(store, assessment.questionnaire, language))?.index,
    [held, store, assessment.questionnaire],
  );
  const questionsById = useMemo(
    () => new Map(index.questions.map((e) => [e.question.id, e.question])),
    [index],
  );
  const words = useMemo(() => fillWords(t), [t]);
  const moved = useMemo(() => movedNotes(assessment), [assessment]);
  const carried = useMemo(
    () =>
      carriedNotes(assessment, (day) =>
        t('reassess.carried', { date: formatIsoDate(day, i18n.resolvedLanguage ?? 'en') }),
      ),
    [assessment, t, i18n.resolvedLanguage],
  );
  // The user's own agency, when the roster names it and something is assigned to it.
  const mine = agencyNamed(assessment.roster, settings?.authorAgency);
  const mineAssigned = useMemo(
    () => (mine && assessment.assignments ? assignedTo(index, assessment.assignments, mine.id) : undefined),
    [mine, assessment.assignments, index],
  );
  const [onlyMine, setOnlyMine] = useState(false);
  const only = onlyMine && mineAssigned && mineAssigned.size > 0 ? mineAssigned : undefined;
  const context = useMemo(
    () => ({
      session,
      questionnaire,
      roster: assessment.roster,
      assessmentId: assessment.id,
      moved,
      carried,
      only,
      complete,
      rescue: async () => {
        const now = Date.now();
        const whole = await findQuestionnaire(store, assessment.questionnaire);
        if (!whole) throw new Error(t('fill.questionnaireMissing', assessment.questionnaire));
        return {
          // Loaded when asked for (precached, so offline too): the fill screen starts without it.
          text: await (
            await import('../../services/exchange-service')
          ).rescueFile(store, assessment, whole, session.snapshot(), now),
          fileName: `${safeFileName(assessment.title)}-${new Date(now).toISOString().slice(0, 10)}.json`,
        };
      },
      t,
      words,
    }),
    [session, questionnaire, complete, assessment, store, t, words, moved, carried, only],
  );

  const area = questionnaire.areas.find((a) => a.id === areaId) ?? questionnaire.areas[0]!;
  // An area not read yet (opened before the rest of the questionnaire arrived) waits for it; in a bare
  // questionnaire, for its texts.
  const [opening] = useState(
    () => opened.questionnaire.areas.find((a) => a.id === areaId) ?? opened.questionnaire.areas[0],
  );
  const areaShown = useAreaTexts(store, read, area, language, setLoadError, opening);
  const shown = areaShown !== undefined;
  useEffect(() => {
    if (!shown) return;
    const target = document.getElementById(questionId ? `q-${questionId}` : 'area-title');
    if (!target) return;
    target.focus({ preventScroll: true });
    // A question asked for is brought into view; an area opens at the top of the page, with its
    // breadcrumb, save status and to-do list in sight.
    if (questionId) target.scrollIntoView({ block: 'center' });
    else window.scrollTo({ top: 0 });
  }, [shown, area.id, questionId]);

  if (loadError)
    return (
      <p role="alert">
        {t('storage.cannotOpen')}:{' '}
        {loadError instanceof Error ? loadError.message : t('storage.problem.failed')}
      </p>
    );
  return (
    <FillContext.Provider value={context}>
      <div
        className="fill-header"
        data-author={settings === undefined ? 'loading' : settings.authorName ? 'known' : 'unknown'}
      >
        <div>
          <p className="crumbs">
            <a href={links.home}>{t('nav.assessments')}</a> › {assessment.title} ·{' '}
            <a href={links.edit}>{t('fill.editProfile')}</a> · <a href={links.review}>{t('fill.review')}</a> ·{' '}
            <a href={links.plan}>{t('fill.plan')}</a>
          </p>
          <p className="muted">
            <QuestionnaireText text={questionnaire.title} defaultLanguage={questionnaire.defaultLanguage} />{' '}
            {questionnaire.version} · {t(`marking.${assessment.marking}`)}
          </p>
          <ScreenHelp screen="fill" />
        </div>
        <SearchBox indexIn={searchIndexIn} hrefOf={links.area} />
        <SaveStatus />
      </div>
      {settings && !settings.authorName && !askLater && (
        <Suspense fallback={null}>
          <IdentityDialog
            roster={assessment.roster}
            onLater={() => setAskLater(true)}
            onSave={({ name, agency }) => store.settings.set({ authorName: name, authorAgency: agency })}
          />
        </Suspense>
      )}
      <div className="fill-layout">
        <AreaNav currentAreaId={area.id} hrefOf={(id) => links.area(id)} />
        <div className="fill-main">
          {mine && mineAssigned && mineAssigned.size > 0 && (
            <p className="only-mine">
              <label>
                <input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} />{' '}
                {t('assign.mine', { agency: mine.acronym || mine.name })}
              </label>
              {only && !index.questions.some((e) => e.area.id === area.id && only.has(e.question.id)) && (
                <span className="muted"> {t('assign.mineNone', { agency: mine.acronym || mine.name })}</span>
              )}
            </p>
          )}
          <OutstandingPanel questionsById={questionsById} hrefOf={links.area} />
          <SetAsideNotice />
          {areaShown ? (
            <AreaForm key={area.id} area={areaShown} />
          ) : (
            <p role="status">{t('common.loading')}</p>
          )}
        </div>
      </div>
    </FillContext.Provider>
  );
}
