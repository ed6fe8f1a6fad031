import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../domain/assessment/assessment';
import { MAX_OBJECTIVES, newObjectiveId } from '../../domain/plan/objectives';
import {
  REPORTING_FREQUENCIES,
  type PlanEdits,
  type PlanRisk,
  type ResultsEdit,
  type UserText,
} from '../../domain/plan/plan-edits';
import type { PlanStructure } from '../../domain/plan/plan-structure';
import type { ResultsRow } from '../../domain/plan/results-framework';
import { formatNumber, formatQuarter } from '../../i18n/format';
import { defaultMission, defaultVision, phraseText } from '../../report/plan-text';
import { MonthField } from '../../ui/month-field';
import { AgencySelect, agencyLabel } from './agency-select';

type Save = (change: (edits: PlanEdits) => PlanEdits) => Promise<void>;

interface Props {
  structure: PlanStructure;
  edits: PlanEdits;
  roster: Agency[];
  countryName: string;
  endMonth: string;
  indicatorCode: (id: string) => string;
  save: Save;
}

function useWords() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const userText = (text: string): UserText | undefined =>
    text.trim() ? { text: text.trim(), lang: language } : undefined;
  return { t, language, userText, say: (p: Parameters<typeof phraseText>[1]) => phraseText(t, p, language) };
}

/** The plan's vision, mission, outcome objectives, results framework, budget ceiling and risks, editable. */
export function StructureEditor(props: Props) {
  return (
    <>
      <VisionEditor {...props} />
      <ObjectivesEditor {...props} />
      <ResultsEditor {...props} />
      <BudgetSettings {...props} />
      <RisksEditor {...props} />
    </>
  );
}

function VisionEditor({ edits, roster, countryName, endMonth, save }: Props) {
  const { t, userText } = useWords();
  const [vision, setVision] = useState(
    edits.vision?.text ?? defaultVision(t, countryName, endMonth.slice(0, 4)),
  );
  const [mission, setMission] = useState(edits.mission?.text ?? defaultMission(t, roster.length));
  const [saved, setSaved] = useState(false);
  return (
    <section className="plan-block" aria-labelledby="vision-heading">
      <h3 id="vision-heading">{t('plan.vision.heading')}</h3>
      <label>
        {t('plan.vision.vision')}
        <textarea rows={3} value={vision} onChange={(e) => (setVision(e.target.value), setSaved(false))} />
      </label>
      <label>
        {t('plan.vision.mission')}
        <textarea rows={3} value={mission} onChange={(e) => (setMission(e.target.value), setSaved(false))} />
      </label>
      <div className="form-actions">
        <button
          type="button"
          onClick={() =>
            void save((e) => ({ ...e, vision: userText(vision), mission: userText(mission) })).then(() =>
              setSaved(true),
            )
          }
        >
          {t('plan.vision.save')}
        </button>
        {saved && <span role="status">{t('plan.savedNote')}</span>}
      </div>
    </section>
  );
}

function ObjectivesEditor({ structure, edits, indicatorCode, save }: Props) {
  const { t, say, userText } = useWords();
  const [titles, setTitles] = useState<Record<string, string>>({});
  const { objectives } = structure;
  const rename = (id: string) =>
    save((e) => ({
      ...e,
      objectives: { ...e.objectives, [id]: { ...e.objectives[id], title: userText(titles[id] ?? '') } },
    }));
  const merge = (id: string, into: string) =>
    save((e) => ({ ...e, objectives: { ...e.objectives, [id]: { ...e.objectives[id], mergedInto: into } } }));
  const move = (indicatorId: string, to: string) =>
    save((e) => ({ ...e, assign: { ...e.assign, [indicatorId]: to } }));
  const add = () =>
    save((e) => {
      const id = newObjectiveId(e);
      return {
        ...e,
        objectives: {
          ...e.objectives,
          [id]: { added: true, title: userText(t('plan.objectives.newTitle')) },
        },
      };
    });
  // An added objective holds nothing until an indicator is moved there: offer it as a destination.
  const destinations = [
    ...objectives.map((o) => ({ id: o.id, label: `${o.number}. ${say(o.title)}` })),
    ...Object.entries(edits.objectives)
      .filter(([id, e]) => e.added && !e.mergedInto && !objectives.some((o) => o.id === id))
      .map(([id, e]) => ({ id, label: e.title?.text ?? id })),
  ];
  return (
    <section className="plan-block" aria-labelledby="objectives-heading">
      <h3 id="objectives-heading">{t('plan.objectives.heading')}</h3>
      <p className="muted">{t('plan.objectives.hint')}</p>
      <ol className="objectives">
        {objectives.map((o) => (
          <li key={o.id} data-testid="objective">
            <div className="editor-grid">
              <label>
                {t('plan.objectives.title', { n: o.number })}
                <input
                  type="text"
                  value={titles[o.id] ?? say(o.title)}
                  onChange={(e) => setTitles({ ...titles, [o.id]: e.target.value })}
                />
              </label>
              <div className="form-actions">
                <button type="button" onClick={() => void rename(o.id)}>
                  {t('plan.objectives.rename')}
                </button>
                <label>
                  {t('plan.objectives.mergeInto', { n: o.number })}
                  <select value="" onChange={(e) => e.target.value && void merge(o.id, e.target.value)}>
                    <option value="">—</option>
                    {destinations
                      .filter((d) => d.id !== o.id)
                      .map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.label}
                        </option>
                      ))}
                  </select>
                </label>
              </div>
            </div>
            <p className="muted">
              {t('plan.objectives.counts', {
                count: o.actions.length,
                priority: o.actions.filter((a) => a.priority).length,
              })}
            </p>
            <details>
              <summary>{t('plan.objectives.indicators', { count: o.indicatorIds.length })}</summary>
              <ul className="indicator-moves">
                {o.indicatorIds.map((id) => (
                  <li key={id}>
                    <label>
                      {t('plan.objectives.moveIndicator', { code: indicatorCode(id) })}
                      <select value={o.id} onChange={(e) => void move(id, e.target.value)}>
                        {destinations.map((d) => (
                          <option key={d.id} value={d.id}>
                            {d.label}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      {destinations.length < MAX_OBJECTIVES && (
        <button type="button" onClick={() => void add()}>
          {t('plan.objectives.add')}
        </button>
      )}
    </section>
  );
}

function ResultsEditor({ structure, roster, save }: Props) {
  const { t, say, language } = useWords();
  const [editing, setEditing] = useState<string>();
  const agency = (id: string | null) => agencyLabel(roster, id, t('report.matrix.unassigned'));
  return (
    <section className="plan-block" aria-labelledby="results-heading">
      <h3 id="results-heading">{t('report.chapter.results')}</h3>
      <div className="table-scroll">
        <table className="results">
          <thead>
            <tr>
              <th scope="col">{t('report.matrix.no')}</th>
              <th scope="col">{t('report.rf.indicator')}</th>
              <th scope="col">{t('report.rf.baseline')}</th>
              <th scope="col">{t('report.rf.target')}</th>
              <th scope="col">{t('report.rf.verification')}</th>
              <th scope="col">{t('report.rf.responsible')}</th>
              <th scope="col">{t('report.rf.frequency')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('plan.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {structure.results.map((r) =>
              editing === r.key ? (
                <tr key={r.key}>
                  <td colSpan={8}>
                    <ResultsRowEditor
                      row={r}
                      roster={roster}
                      onCancel={() => setEditing(undefined)}
                      onSave={async (edit) => {
                        await save((e) => ({ ...e, results: { ...e.results, [r.key]: edit } }));
                        setEditing(undefined);
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <tr
                  key={r.key}
                  className={r.kind === 'objective' ? 'objective-row' : undefined}
                  data-testid="rf-row"
                >
                  <th scope="row">{r.number}</th>
                  <td>{say(r.indicator)}</td>
                  <td>{say(r.baseline)}</td>
                  <td>
                    {say(r.target)} ({formatQuarter(r.targetDate, language)})
                  </td>
                  <td>{say(r.verification)}</td>
                  <td>{agency(r.responsibleId)}</td>
                  <td>{t(`plan.frequency.${r.frequency}`)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('plan.rf.edit', { number: r.number })}
                      onClick={() => setEditing(r.key)}
                    >
                      {t('plan.edit')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ResultsRowEditor({
  row,
  roster,
  onSave,
  onCancel,
}: {
  row: ResultsRow;
  roster: Agency[];
  onSave: (edit: ResultsEdit) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, say, userText } = useWords();
  const [indicator, setIndicator] = useState(say(row.indicator));
  const [baseline, setBaseline] = useState(say(row.baseline));
  const [target, setTarget] = useState(say(row.target));
  const [verification, setVerification] = useState(say(row.verification));
  const [targetDate, setTargetDate] = useState(row.targetDate);
  const [responsibleId, setResponsible] = useState(row.responsibleId);
  const [frequency, setFrequency] = useState(row.frequency);
  // Only what the drafter changed is kept: an untouched default still follows the answers.
  const changed = (value: string, before: string) => (value.trim() !== before ? userText(value) : undefined);
  return (
    <div className="action-editor" role="group" aria-label={t('plan.rf.edit', { number: row.number })}>
      <label>
        {t('report.rf.indicator')}
        <textarea rows={2} value={indicator} onChange={(e) => setIndicator(e.target.value)} />
      </label>
      <label>
        {t('report.rf.baseline')}
        <textarea rows={2} value={baseline} onChange={(e) => setBaseline(e.target.value)} />
      </label>
      <label>
        {t('report.rf.target')}
        <textarea rows={2} value={target} onChange={(e) => setTarget(e.target.value)} />
      </label>
      <label>
        {t('report.rf.verification')}
        <textarea rows={2} value={verification} onChange={(e) => setVerification(e.target.value)} />
      </label>
      <div className="editor-grid">
        <MonthField label={t('plan.rf.targetDate')} value={targetDate} onChange={setTargetDate} />
        <AgencySelect
          label={t('report.rf.responsible')}
          value={responsibleId}
          roster={roster}
          onChange={setResponsible}
        />
        <label>
          {t('report.rf.frequency')}
          <select value={frequency} onChange={(e) => setFrequency(e.target.value as typeof frequency)}>
            {REPORTING_FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`plan.frequency.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void onSave({
              indicator: changed(indicator, say(row.indicator)),
              baseline: changed(baseline, say(row.baseline)),
              target: changed(target, say(row.target)),
              verification: changed(verification, say(row.verification)),
              targetDate: targetDate !== row.targetDate ? targetDate : undefined,
              responsibleId: responsibleId !== row.responsibleId ? responsibleId : undefined,
              frequency: frequency !== row.frequency ? frequency : undefined,
            })
          }
        >
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function BudgetSettings({ structure, save }: Props) {
  const { t, language } = useWords();
  const { envelope } = structure;
  const [ceiling, setCeiling] = useState(String(envelope.openHigh / 1e6));
  const valid = Number(ceiling) >= 1 && Number(ceiling) <= 1000;
  return (
    <section className="plan-block" aria-labelledby="budget-heading">
      <h3 id="budget-heading">{t('report.chapter.budget')}</h3>
      <p>
        {t('plan.budget.range', {
          low: formatNumber(envelope.low / 1e6, language, 1),
          high: formatNumber(envelope.high / 1e6, language, 1),
        })}
      </p>
      <div className="form-actions">
        <label>
          {t('plan.budget.ceiling', { count: envelope.counts['gt-1m'] })}
          <input
            type="number"
            min={1}
            max={1000}
            step={0.5}
            value={ceiling}
            aria-invalid={!valid}
            onChange={(e) => setCeiling(e.target.value)}
          />
        </label>
        <button
          type="button"
          disabled={!valid}
          onClick={() => void save((e) => ({ ...e, openBandHigh: Math.round(Number(ceiling) * 1e6) }))}
        >
          {t('common.save')}
        </button>
      </div>
    </section>
  );
}

function RisksEditor({ structure, roster, save }: Props) {
  const { t, say, userText } = useWords();
  const [draft, setDraft] = useState<PlanRisk[]>();
  const rows: PlanRisk[] =
    draft ??
    structure.risks.map((r) => ({
      id: r.id,
      risk: { text: say(r.risk), lang: 'text' in r.risk && r.risk.lang ? r.risk.lang : '' },
      likelihood: r.likelihood,
      impact: r.impact,
      mitigation: {
        text: say(r.mitigation),
        lang: 'text' in r.mitigation && r.mitigation.lang ? r.mitigation.lang : '',
      },
      ownerId: r.ownerId,
    }));
  const set = (i: number, patch: Partial<PlanRisk>) =>
    setDraft(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const scores = [1, 2, 3, 4, 5];
  const complete = rows.every((r) => r.risk.text.trim() && r.mitigation.text.trim());
  return (
    <section className="plan-block" aria-labelledby="risks-heading">
      <h3 id="risks-heading">{t('report.risks.title')}</h3>
      <ol className="plan-risks">
        {rows.map((r, i) => (
          <li key={r.id} className="editor-grid">
            <label>
              {t('report.risks.risk')}
              <input
                type="text"
                value={r.risk.text}
                onChange={(e) => set(i, { risk: { text: e.target.value, lang: '' } })}
              />
            </label>
            <label>
              {t('report.risk.likelihood')}
              <select value={r.likelihood} onChange={(e) => set(i, { likelihood: Number(e.target.value) })}>
                {scores.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </label>
            <label>
              {t('report.risk.impact')}
              <select value={r.impact} onChange={(e) => set(i, { impact: Number(e.target.value) })}>
                {scores.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </label>
            <label>
              {t('report.risks.mitigation')}
              <input
                type="text"
                value={r.mitigation.text}
                onChange={(e) => set(i, { mitigation: { text: e.target.value, lang: '' } })}
              />
            </label>
            <AgencySelect
              label={t('report.risks.owner')}
              value={r.ownerId}
              roster={roster}
              onChange={(ownerId) => set(i, { ownerId })}
            />
            <button type="button" onClick={() => setDraft(rows.filter((_, j) => j !== i))}>
              {t('plan.risks.remove')}
            </button>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button
          type="button"
          onClick={() =>
            setDraft([
              ...rows,
              {
                id: `risk-${rows.length + 1}-${Date.now().toString(36)}`,
                risk: { text: '', lang: '' },
                likelihood: 3,
                impact: 3,
                mitigation: { text: '', lang: '' },
                ownerId: null,
              },
            ])
          }
        >
          {t('plan.risks.add')}
        </button>
        {draft && (
          <button
            type="button"
            className="primary"
            disabled={!complete}
            onClick={() =>
              void save((e) => ({
                ...e,
                // A text left as it was keeps its language; a text typed here is in the screen's.
                risks: draft.map((r) => ({
                  ...r,
                  risk: r.risk.lang ? r.risk : userText(r.risk.text)!,
                  mitigation: r.mitigation.lang ? r.mitigation : userText(r.mitigation.text)!,
                })),
              })).then(() => setDraft(undefined))
            }
          >
            {t('plan.risks.save')}
          </button>
        )}
      </div>
    </section>
  );
}
