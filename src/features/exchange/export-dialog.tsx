import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { safeFileName } from '../../ui/download';
import { exportAssessment } from '../../services/exchange-service';
import { findQuestionnaire } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { usePromise } from '../../ui/use-promise';
import { useText } from '../../ui/use-text';
import { NewPassphrase, passphraseProblem } from './new-passphrase';
import { SaveLink } from '../../ui/save-link';

/** Export an assessment, whole or only some areas (one agency's part), optionally encrypted. */
export function ExportDialog({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const ref = useRef<HTMLDialogElement>(null);
  const available = usePromise(
    () => findQuestionnaire(store, assessment.questionnaire),
    [assessment.questionnaire.id, assessment.questionnaire.version],
  );
  const [areas, setAreas] = useState<string[]>([]);
  const [passphrase, setPassphrase] = useState({ first: '', repeat: '' });
  const [problem, setProblem] = useState<string>();
  const [file, setFile] = useState<{ text: string; name: string }>();
  useEffect(() => ref.current?.showModal(), []);
  const prepare = async () => {
    const wrong = await passphraseProblem(passphrase);
    setProblem(wrong && t(`exchange.${wrong}`));
    if (wrong) return;
    const text = await exportAssessment(store, assessment.id, {
      areaIds: areas,
      passphrase: passphrase.first || undefined,
      now: Date.now(),
    });
    const part = areas.length ? `-${areas.join('-')}` : '';
    setFile({
      text,
      name: `${safeFileName(assessment.title)}${part}${passphrase.first ? '.encrypted' : ''}.json`,
    });
  };
  const q = available.status === 'done' ? available.value?.questionnaire : undefined;
  const text = useText(q?.defaultLanguage ?? 'en');
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="export-title" className="wide">
      <h2 id="export-title">{t('exchange.exportTitle', { title: assessment.title })}</h2>
      <fieldset>
        <legend>{t('exchange.scope')}</legend>
        <p className="muted">{t('exchange.scopeHelp')}</p>
        {assessment.assignments && assessment.assignments.length > 0 && (
          <p>
            <label>
              {t('exchange.byAgency')}{' '}
              <select
                value=""
                onChange={(e) => {
                  const byAgency = assessment.assignments!.filter((a) => a.agencyId === e.target.value);
                  const index = available.status === 'done' ? available.value?.index : undefined;
                  const ids = new Set(
                    byAgency.flatMap((a) => a.areaId ?? index?.byId.get(a.questionId!)?.area.id ?? []),
                  );
                  setAreas([...ids]);
                }}
              >
                <option value="">{t('assign.chooseAgency')}</option>
                {assessment.roster
                  .filter((agency) => assessment.assignments!.some((a) => a.agencyId === agency.id))
                  .map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agency.acronym || agency.name}
                    </option>
                  ))}
              </select>
            </label>
          </p>
        )}
        <div className="area-choices">
          {q?.areas.map((area) => (
            <label key={area.id} className="option">
              <input
                type="checkbox"
                checked={areas.includes(area.id)}
                onChange={(e) =>
                  setAreas(e.target.checked ? [...areas, area.id] : areas.filter((x) => x !== area.id))
                }
              />{' '}
              {area.code} {text(area.title)}
            </label>
          ))}
        </div>
      </fieldset>
      <NewPassphrase
        label={t('exchange.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        problem={problem}
      />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void prepare()}>
          {t('exchange.prepare')}
        </button>
        {file && <SaveLink key={file.name + file.text.length} text={file.text} fileName={file.name} />}
        <button type="button" onClick={() => ref.current?.close()}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
