import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentFile } from '../../domain/exchange/assessment-file';
import { declinedAnswers, resolveMerge, type MergePlan } from '../../domain/exchange/merge';
import type { AdoptedPlan } from '../../domain/monitoring/adopted-plan';
import { resolveMonitoringMerge } from '../../domain/monitoring/merge-monitoring';
import { authorStamp } from '../../storage/settings-repo';
import { MonitoringConflicts } from './monitoring-conflicts';
import type { BackupFile } from '../../domain/exchange/backup-file';
import {
  createBackup,
  importAsNew,
  mergeCandidates,
  planMergeInto,
  mergeQuestionnaire,
  prepareImport,
  restorePreview,
  type PreparedImport,
} from '../../services/exchange-service';
import { usePromise } from '../../ui/use-promise';
import { SaveLink } from '../../ui/save-link';
import { deviceEvents } from '../../services/device-events';
import { JsonFileButton } from '../../ui/json-file-button';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { useLive } from '../../storage/store';
import { ConflictList } from '../../ui/conflict-list';
import { IssueList } from '../../ui/issue-list';
import { formatDateTime } from '../../i18n/format';

type Step =
  | { kind: 'idle' }
  | { kind: 'prepared'; fileName: string; file: Blob; result: PreparedImport }
  | {
      kind: 'merging';
      plan: MergePlan;
      targetId: string;
      available: AvailableQuestionnaire;
      /** The adopted plan versions already here (to name the actions of monitoring conflicts). */
      localAdopted: AdoptedPlan[];
      /** Who settles the conflicts (stamped on the updates that settle them). */
      author: string;
    }
  | { kind: 'done'; message: string };

/** Import an assessment file (as new, or merged into one here) or restore a backup. Nothing changes until the user confirms. */
export function ImportPanel({ open }: { open: (assessmentId: string) => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [failure, setFailure] = useState<string>();

  const guard = async (work: () => Promise<void>) => {
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  // The file is read, decoded and checked off the page (in the file-check worker).
  const read = async (fileName: string, file: Blob, passphrase?: string) =>
    setStep({
      kind: 'prepared',
      fileName,
      file,
      result: await prepareImport(store, file, { passphrase }),
    });
  const choose = (file: File) => read(file.name, file);

  return (
    <section aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">{t('exchange.importHeading')}</h2>
      <p className="muted">{t('exchange.importHelp')}</p>
      <JsonFileButton label={t('exchange.chooseFile')} onFile={(file) => void guard(() => choose(file))} />
      <div role="status" data-testid="exchange-status">
        {failure && <p className="error">{t('exchange.failed', { message: failure })}</p>}
        {step.kind === 'done' && <p className="ok">{step.message}</p>}
        {step.kind === 'prepared' && (
          <Prepared
            step={step}
            onPassphrase={(passphrase) => void guard(() => read(step.fileName, step.file, passphrase))}
            onDone={(message) => setStep({ kind: 'done', message })}
            onMerge={(targetId, file, available) =>
              void guard(async () => {
                const target = await store.assessments.get(targetId);
                setStep({
                  kind: 'merging',
                  targetId,
                  // A file of the version before is merged on the assessment's own version.
                  available: target ? await mergeQuestionnaire(store, target, available) : available,
                  plan: await planMergeInto(store, targetId, file, available),
                  localAdopted: (await store.monitoring.list(targetId)).adopted,
                  author: authorStamp(await store.settings.get()),
                });
              })
            }
            open={open}
            guard={guard}
          />
        )}
        {step.kind === 'merging' && (
          <Merge step={step} onDone={(message) => setStep({ kind: 'done', message })} guard={guard} />
        )}
      </div>
    </section>
  );
}

interface PreparedProps {
  step: Extract<Step, { kind: 'prepared' }>;
  onPassphrase: (passphrase: string) => void;
  onDone: (message: string) => void;
  onMerge: (targetId: string, file: AssessmentFile, available: AvailableQuestionnaire) => void;
  open: (assessmentId: string) => void;
  guard: (work: () => Promise<void>) => Promise<void>;
}

function Prepared({ step, onPassphrase, onDone, onMerge, open, guard }: PreparedProps) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const listed = useLive(() => store.assessments.list(), [store]);
  const [passphrase, setPassphrase] = useState('');
  const [target, setTarget] = useState('');
  const [confirmRestore, setConfirmRestore] = useState(false);
  const { result, fileName } = step;
  switch (result.kind) {
    case 'failure':
      return (
        <IssueList
          intro={t('exchange.invalid', { file: fileName, count: result.issues.length })}
          issues={result.issues}
        />
      );
    case 'needsPassphrase':
      return (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onPassphrase(passphrase);
          }}
        >
          <label>
            {t('exchange.passphraseFor', { file: fileName })}
            <input
              type="password"
              autoComplete="off"
              value={passphrase}
              aria-invalid={result.wrong ?? false}
              aria-describedby={result.wrong ? 'passphrase-wrong' : undefined}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </label>
          {result.wrong && (
            <p className="field-error" id="passphrase-wrong" role="alert">
              {t('exchange.wrongPassphrase')}
            </p>
          )}
          <button type="submit" className="primary">
            {t('exchange.open')}
          </button>
        </form>
      );
    case 'needsQuestionnaire':
      return (
        <p className="error">
          {t('exchange.needsQuestionnaire', { file: fileName, id: result.id, version: result.version })}
        </p>
      );
    case 'otherQuestionnaireContent':
      return (
        <p className="error">
          {t('exchange.otherContent', { file: fileName, id: result.id, version: result.version })}
        </p>
      );
    case 'backup':
      return (
        <div>
          <p>
            {t('exchange.backupFound', {
              file: fileName,
              count: result.backup.assessments.length,
              date: formatDateTime(result.backup.createdAt, i18n.resolvedLanguage ?? 'en'),
            })}
          </p>
          <RestorePreview backup={result.backup} />
          <label className="option">
            <input
              type="checkbox"
              checked={confirmRestore}
              onChange={(e) => setConfirmRestore(e.target.checked)}
            />{' '}
            {t('exchange.confirmRestore')}
          </label>
          <button
            type="button"
            className="danger"
            disabled={!confirmRestore}
            onClick={() =>
              void guard(async () => {
                store.unwritten.forgetAll();
                await store.exchange.restore(result.backup, result.refs);
                deviceEvents.announceRestore();
                onDone(t('exchange.restored', { count: result.backup.assessments.length }));
              })
            }
          >
            {t('exchange.restore')}
          </button>
        </div>
      );
    case 'assessment': {
      const file = result.file;
      const candidates = mergeCandidates(listed?.assessments ?? [], file);
      const related = candidates.find(
        (a) => a.id === file.assessment.id || (a.aliases ?? []).includes(file.assessment.id),
      );
      const chosen = target || related?.id || '';
      const scope =
        file.scope.kind === 'all'
          ? t('exchange.scopeAll')
          : t('exchange.scopeAreas', { areas: file.scope.areaIds.join(', ') });
      return (
        <div>
          <p>
            {t('exchange.assessmentFound', {
              file: fileName,
              title: file.assessment.title,
              answers: file.answers.length,
              scope,
            })}
          </p>
          <div className="card-actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                void guard(async () => {
                  const id = await importAsNew(store, file, Date.now());
                  onDone(t('exchange.importedNew', { title: file.assessment.title }));
                  open(id);
                })
              }
            >
              {t('exchange.importNew')}
            </button>
            {candidates.length > 0 && (
              <>
                <label>
                  {t('exchange.mergeInto')}
                  <select value={chosen} onChange={(e) => setTarget(e.target.value)}>
                    <option value="">—</option>
                    {candidates.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.title}
                        {a === related ? ` (${t('exchange.sameAssessment')})` : ''}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  disabled={!chosen}
                  onClick={() => onMerge(chosen, file, result.available)}
                >
                  {t('exchange.compare')}
                </button>
              </>
            )}
          </div>
        </div>
      );
    }
  }
}

/** What the restore would replace, and a backup of the device as it is now, before anything goes. */
function RestorePreview({ backup }: { backup: BackupFile }) {
  const { t } = useTranslation();
  const store = useStore();
  const impact = usePromise(() => restorePreview(store, backup), [store, backup]);
  const [current, setCurrent] = useState<{ text: string; name: string; at: number }>();
  if (impact.status !== 'done') return <p role="status">{t('common.loading')}</p>;
  const makeCurrent = async () => {
    const at = Date.now();
    setCurrent({
      text: await createBackup(store, { now: at }),
      at,
      name: `cbrn-nap-backup-before-restore-${new Date(at).toISOString().slice(0, 10)}.json`,
    });
  };
  return (
    <div className="warning-box" data-testid="restore-preview">
      <p>{t('exchange.restoreReplaces')}</p>
      {impact.value.length === 0 ? (
        <p>{t('exchange.restoreLosesNothing')}</p>
      ) : (
        <ul>
          {impact.value.map((i) => (
            <li key={i.id}>
              {i.kind === 'deleted'
                ? t('exchange.restoreDeletes', { title: i.title, count: i.answers })
                : t('exchange.restoreRollsBack', { title: i.title, newer: i.newer, missing: i.missing })}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void makeCurrent()}>
          {t('exchange.backupCurrentFirst')}
        </button>
        {current && (
          <SaveLink
            text={current.text}
            fileName={current.name}
            onSave={() => void store.settings.set({ lastBackupAt: current.at })}
          />
        )}
      </div>
    </div>
  );
}

function Merge({
  step,
  onDone,
  guard,
}: {
  step: Extract<Step, { kind: 'merging' }>;
  onDone: (message: string) => void;
  guard: (work: () => Promise<void>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [choices, setChoices] = useState(new Map<string, 'local' | 'incoming'>());
  const [monitoringChoices, setMonitoringChoices] = useState(new Map<string, 'local' | 'incoming'>());
  const { plan, available } = step;
  const adoptedActions = new Map(
    [...step.localAdopted, ...plan.monitoring.adopted].flatMap((p) =>
      p.actions.map((a) => [a.id, a] as const),
    ),
  );
  return (
    <div className="merge">
      <p>
        {t('exchange.mergeSummary', {
          added: plan.added.length,
          unchanged: plan.unchanged,
          conflicts: plan.conflicts.length,
          review: plan.newReviewEntries,
          agencies: plan.newAgencies.length,
        })}
      </p>
      {(plan.monitoring.added.length > 0 || plan.monitoring.adopted.length > 0) && (
        <p>
          {t('monitoring.mergeSummary', {
            count: plan.monitoring.added.length,
            versions: plan.monitoring.adopted.length,
          })}
        </p>
      )}
      {plan.declinedBefore > 0 && (
        <p className="muted">{t('exchange.declinedBefore', { count: plan.declinedBefore })}</p>
      )}
      {plan.conflicts.length > 1 && (
        <div className="card-actions">
          <button
            type="button"
            onClick={() => setChoices(new Map(plan.conflicts.map((c) => [c.questionId, 'local'])))}
          >
            {t('exchange.keepAllMine')}
          </button>
          <button
            type="button"
            onClick={() => setChoices(new Map(plan.conflicts.map((c) => [c.questionId, 'incoming'])))}
          >
            {t('exchange.takeAllTheirs')}
          </button>
        </div>
      )}
      {plan.conflicts.length > 0 && (
        <ConflictList
          conflicts={plan.conflicts}
          questionOf={(id) => available.index.byId.get(id)?.question}
          defaultLanguage={available.questionnaire.defaultLanguage}
          choices={choices}
          onChoose={(id, side) => setChoices(new Map(choices).set(id, side))}
        />
      )}
      {plan.monitoring.conflicts.length > 0 && (
        <MonitoringConflicts
          conflicts={plan.monitoring.conflicts}
          actionLabel={(id) => {
            const a = adoptedActions.get(id);
            return a ? `${a.number} ${a.title}` : id;
          }}
          choices={monitoringChoices}
          onChoose={(key, side) => setMonitoringChoices(new Map(monitoringChoices).set(key, side))}
        />
      )}
      <button
        type="button"
        className="primary"
        onClick={() =>
          void guard(async () => {
            const now = Date.now();
            await store.exchange.merge(
              step.targetId,
              plan,
              resolveMerge(plan, choices),
              now,
              declinedAnswers(plan, choices),
              {
                adopted: plan.monitoring.adopted,
                updates: resolveMonitoringMerge(plan.monitoring, monitoringChoices, {
                  author: step.author,
                  now,
                  newId: () => globalThis.crypto.randomUUID(),
                }),
              },
            );
            onDone(t('exchange.merged'));
          })
        }
      >
        {t('exchange.applyMerge')}
      </button>
    </div>
  );
}
