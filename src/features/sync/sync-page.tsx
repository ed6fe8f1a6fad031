import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { checkSyncServer } from '../../domain/sync/sync-server';
import type { SessionProblem } from '../../services/sync/couch-session';
import type { SyncEngine, SyncStatus } from '../../services/sync/sync-engine';
import { SYNC_ORIGINS } from '../../services/sync/sync-origins';
import { findQuestionnaire } from '../../services/questionnaire-registry';
import { useLive } from '../../storage/store';
import { ConflictList } from '../../ui/conflict-list';
import { IssueList } from '../../ui/issue-list';
import { ScreenHelp } from '../../ui/screen-help';
import { useStore } from '../../ui/store-context';
import { usePromise } from '../../ui/use-promise';
import { hostOf, statusText } from './sync-words';
import { useSync } from './use-sync';

/**
 * Syncing one assessment through the country's CouchDB server: the coordinator names the server,
 * each person signs in (the password goes to the server only), and the answers changed on two
 * devices at once wait here, side by side, until someone chooses.
 */
export function SyncPage({
  assessmentId,
  links,
}: {
  assessmentId: string;
  links: { edit: string; fill: string };
}) {
  const { t } = useTranslation();
  const store = useStore();
  const assessment = useLive(() => store.assessments.get(assessmentId), [store, assessmentId], null);
  if (assessment === null) return <p role="status">{t('common.loading')}</p>;
  if (!assessment) return <p role="alert">{t('fill.notFound')}</p>;
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('sync.heading', { title: assessment.title })}</h2>
      <ScreenHelp screen="sync" />
      <p>
        <a href={links.fill}>{t('assessments.backToFilling')}</a> ·{' '}
        <a href={links.edit}>{t('sync.profile')}</a>
      </p>
      <ServerForm assessment={assessment} />
      {assessment.sync && <Connected key={assessment.sync.server} assessment={assessment} />}
    </section>
  );
}

function ServerForm({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const store = useStore();
  const [value, setValue] = useState(assessment.sync?.server ?? '');
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<'on' | 'off'>();
  const allowed = SYNC_ORIGINS;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkSyncServer(value, allowed);
    if (!checked.ok) {
      setProblem(t(`sync.server.${checked.reason}`, { allowed: checked.allowed.join(', ') }));
      return;
    }
    setProblem(undefined);
    await store.assessments.setSyncServer(assessment.id, checked.server, Date.now());
    setValue(checked.server);
    setSaved('on');
  };
  const stop = async () => {
    await store.assessments.setSyncServer(assessment.id, undefined, Date.now());
    setValue('');
    setSaved('off');
  };
  return (
    <form className="form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="server-heading">
      <h3 id="server-heading">{t('sync.server.heading')}</h3>
      {allowed.length === 0 && <p className="warning-box">{t('sync.server.noneAllowed')}</p>}
      <label>
        <span>{t('sync.server.label')}</span>
        <input
          type="url"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="https://couch.example.kg"
          aria-invalid={problem ? true : undefined}
          aria-describedby="server-hint server-problem"
          disabled={allowed.length === 0}
        />
      </label>
      <p id="server-hint" className="muted">
        {t('sync.server.hint')}
      </p>
      {problem && (
        <p id="server-problem" className="error" role="alert">
          {problem}
        </p>
      )}
      {saved && (
        <p className="ok" role="status">
          {saved === 'on' ? t('sync.server.saved') : t('sync.server.stopped')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={allowed.length === 0}>
          {t('sync.server.save')}
        </button>
        {assessment.sync && (
          <button type="button" onClick={() => void stop()}>
            {t('sync.server.stop')}
          </button>
        )}
      </div>
    </form>
  );
}

function Connected({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const sync = useSync(assessment);
  if (!sync) return <p role="status">{t('common.loading')}</p>;
  const { engine, status } = sync;
  return (
    <>
      <h3>{t('sync.statusHeading')}</h3>
      <p role="status" data-testid="sync-page-status">
        {statusText(status, t, i18n.resolvedLanguage ?? 'en')}
      </p>
      {status.user && status.phase !== 'signedOut' ? (
        <p>
          {t('sync.signedInAs', { user: status.user, host: hostOf(status.server) })}{' '}
          <button type="button" onClick={() => void engine.signOut()}>
            {t('sync.signOut')}
          </button>
        </p>
      ) : (
        <SignInForm engine={engine} status={status} />
      )}
      {status.conflicts.length > 0 && <Conflicts assessment={assessment} engine={engine} status={status} />}
      {status.refused.length > 0 && (
        <IssueList
          intro={t('sync.refused', { count: status.refused.length })}
          issues={status.refused.flatMap((r) => r.issues)}
        />
      )}
    </>
  );
}

function SignInForm({ engine, status }: { engine: SyncEngine; status: SyncStatus }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<SessionProblem>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await engine.signIn(name.trim(), password);
    setBusy(false);
    // The password is not kept, not even in the form.
    setPassword('');
    setProblem(result === true ? undefined : result);
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-heading">
      <h3 id="sign-in-heading">{t('sync.signIn.heading', { host: hostOf(status.server) })}</h3>
      <label>
        <span>{t('sync.signIn.name')}</span>
        <input
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="username"
          required
        />
      </label>
      <label>
        <span>{t('sync.signIn.password')}</span>
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
        />
      </label>
      <p className="muted">{t('sync.signIn.notKept')}</p>
      {problem && (
        <p className="error" role="alert" data-testid="sign-in-problem">
          {t(`sync.signIn.${problem.kind}`, { reason: problem.reason, host: hostOf(status.server) })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy || !name.trim() || !password}>
          {t('sync.signIn.submit')}
        </button>
      </div>
    </form>
  );
}

function Conflicts({
  assessment,
  engine,
  status,
}: {
  assessment: Assessment;
  engine: SyncEngine;
  status: SyncStatus;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const found = usePromise(
    () => findQuestionnaire(store, assessment.questionnaire),
    [store, assessment.questionnaire],
  );
  const [choices, setChoices] = useState(new Map<string, 'local' | 'incoming'>());
  const [busy, setBusy] = useState(false);
  if (found.status !== 'done' || !found.value) return <p role="status">{t('common.loading')}</p>;
  const { index, questionnaire } = found.value;
  const keep = async () => {
    setBusy(true);
    for (const c of status.conflicts)
      await engine.settle(c, choices.get(c.conflict.questionId) ?? c.conflict.suggested);
    setChoices(new Map());
    setBusy(false);
  };
  return (
    <div data-testid="sync-conflict-list">
      <p>{t('sync.conflictsIntro')}</p>
      <ConflictList
        conflicts={status.conflicts.map((c) => c.conflict)}
        questionOf={(id) => index.byId.get(id)?.question}
        defaultLanguage={questionnaire.defaultLanguage}
        choices={choices}
        onChoose={(id, side) => setChoices(new Map(choices).set(id, side))}
        sides={{ local: t('sync.sideOne'), incoming: t('sync.sideOther') }}
      />
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void keep()}>
          {t('sync.keepChosen')}
        </button>
      </div>
    </div>
  );
}
