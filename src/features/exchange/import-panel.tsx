import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentFile } from '../../domain/exchange/assessment-file';
import { resolveMerge, type MergePlan } from '../../domain/exchange/merge';
import { planMergeInto, prepareImport, type PreparedImport } from '../../shared/exchange-service';
import { JsonFileButton } from '../../shared/json-file-button';
import type { AvailableQuestionnaire } from '../../shared/questionnaire-registry';
import { MAX_FILE_BYTES } from '../../shared/read-exchange-file';
import { useStore } from '../../shared/store-context';
import { useLive } from '../../storage/store';
import { ConflictList } from './conflict-list';
import { IssueList } from '../../shared/issue-list';

type Step =
  | { kind: 'idle' }
  | { kind: 'prepared'; fileName: string; text: string; result: PreparedImport }
  | { kind: 'merging'; plan: MergePlan; targetId: string; available: AvailableQuestionnaire }
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
  const read = async (fileName: string, text: string, passphrase?: string) =>
    setStep({ kind: 'prepared', fileName, text, result: await prepareImport(store, text, passphrase) });
  const choose = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      const message = `the file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`;
      setStep({
        kind: 'prepared',
        fileName: file.name,
        text: '',
        result: { kind: 'failure', issues: [{ severity: 'error', path: '$', message }] },
      });
      return;
    }
    await read(file.name, await file.text());
  };

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
            onPassphrase={(passphrase) => void guard(() => read(step.fileName, step.text, passphrase))}
            onDone={(message) => setStep({ kind: 'done', message })}
            onMerge={(targetId, file, available) =>
              void guard(async () =>
                setStep({
                  kind: 'merging',
                  targetId,
                  available,
                  plan: await planMergeInto(store, targetId, file, available),
                }),
              )
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
        <div>
          <label>
            {t('exchange.passphraseFor', { file: fileName })}
            <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </label>
          <button type="button" className="primary" onClick={() => onPassphrase(passphrase)}>
            {t('exchange.open')}
          </button>
        </div>
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
              date: new Date(result.backup.createdAt).toLocaleString(i18n.resolvedLanguage),
            })}
          </p>
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
                await store.exchange.restore(result.backup, result.refs);
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
      const candidates = (listed?.assessments ?? []).filter(
        (a) =>
          a.questionnaire.id === file.questionnaire.id &&
          a.questionnaire.version === file.questionnaire.version,
      );
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
                  const id = crypto.randomUUID();
                  await store.exchange.importAsNew(file, id, file.assessment.title, Date.now());
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
                  <select value={target} onChange={(e) => setTarget(e.target.value)}>
                    <option value="">—</option>
                    {candidates.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.title}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  disabled={!target}
                  onClick={() => onMerge(target, file, result.available)}
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
  const { plan, available } = step;
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
      {plan.conflicts.length > 0 && (
        <ConflictList
          conflicts={plan.conflicts}
          questionOf={(id) => available.index.byId.get(id)?.question}
          defaultLanguage={available.questionnaire.defaultLanguage}
          choices={choices}
          onChoose={(id, side) => setChoices(new Map(choices).set(id, side))}
        />
      )}
      <button
        type="button"
        className="primary"
        onClick={() =>
          void guard(async () => {
            await store.exchange.merge(step.targetId, plan, resolveMerge(plan, choices), Date.now());
            onDone(t('exchange.merged'));
          })
        }
      >
        {t('exchange.applyMerge')}
      </button>
    </div>
  );
}
