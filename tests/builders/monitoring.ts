import type { AdoptedAction, AdoptedPlan } from '../../src/domain/monitoring/adopted-plan';
import type { MonitoringUpdate } from '../../src/domain/monitoring/monitoring';
import { T0 } from './assessment';

export const adoptedAction = (a: Partial<AdoptedAction> & Pick<AdoptedAction, 'id'>): AdoptedAction => ({
  number: `A-${a.id}`,
  title: `Action ${a.id}`,
  areaId: 'bio',
  objectiveId: 'o1',
  leadAgencyId: 'moh',
  start: '2027-01',
  end: '2027-06',
  costLow: 100_000,
  costHigh: 300_000,
  ...a,
});

/** An adopted plan of 2027–2031 with the given actions (two objectives, o1 and o2). */
export const adoptedPlan = (actions: AdoptedAction[], over: Partial<AdoptedPlan> = {}): AdoptedPlan => ({
  assessmentId: 'a1',
  version: 1,
  adoptedOn: '2026-12-15',
  adoptedBy: 'Cabinet of Ministers',
  recordedAt: T0,
  author: 'N. Coordinator',
  startMonth: '2027-01',
  endMonth: '2031-12',
  horizon: 5,
  objectives: [
    { id: 'o1', number: 1, title: { key: 'plan.objective.biorisk' } },
    { id: 'o2', number: 2, title: { text: 'Detection', lang: 'en' } },
  ],
  actions,
  ...over,
});

let seq = 0;
export const update = (
  u: Partial<MonitoringUpdate> & Pick<MonitoringUpdate, 'actionId' | 'asOf' | 'status'>,
): MonitoringUpdate => ({
  id: `u${++seq}`,
  assessmentId: 'a1',
  planVersion: 1,
  progress: u.status === 'done' ? 100 : 0,
  author: 'MoH focal point',
  recordedAt: T0 + seq,
  ...u,
});
