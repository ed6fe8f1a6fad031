import { describe, expect, it } from 'vitest';
import { costEnvelope } from '../../../../src/domain/plan/costs';
import { makePlan } from '../../../../tests/builders/plan';

describe('cost envelope', () => {
  it('counts the bands of live actions and sums their bounds', () => {
    const p = makePlan({ edits: { edits: { 'bio.transport.l4': { status: 'dropped', dropReason: 'x' } } } });
    // authority.l3 50k–250k, authority.l4 50k–250k, inventory.l5 250k–1m, transport.l2 <50k
    expect(costEnvelope(p)).toEqual({
      counts: { 'lt-50k': 1, '50k-250k': 2, '250k-1m': 1, 'gt-1m': 0 },
      low: 350_000,
      high: 1_550_000,
    });
  });
});
