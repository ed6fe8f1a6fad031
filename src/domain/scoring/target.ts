/** WHO Benchmarks convention: one year → one level up; five years → level 4, or 5 from level 4. */
export function defaultTarget(current: number, horizon: 1 | 5): number {
  if (horizon === 1) return Math.min(current + 1, 5);
  return current <= 3 ? 4 : 5;
}

/**
 * The default target, moved up to a level the indicator's answers can give: an indicator scored
 * through choices mapped to levels 1, 3 and 5 cannot be "at level 4", so its target becomes 5.
 */
export function targetFor(current: number, horizon: 1 | 5, reachable: readonly number[]): number {
  const target = defaultTarget(current, horizon);
  if (reachable.length === 0 || reachable.includes(target)) return target;
  return reachable.find((level) => level >= target) ?? Math.max(current, ...reachable);
}

/**
 * The panel's target for an area, for one indicator: the area's level, moved up to a level the
 * indicator's answers can give; never below the current level (an indicator already there has no gap).
 */
export function targetWithin(current: number, areaTarget: number, reachable: readonly number[]): number {
  const level =
    reachable.length === 0 || reachable.includes(areaTarget)
      ? areaTarget
      : (reachable.find((l) => l >= areaTarget) ?? Math.max(...reachable));
  return Math.max(current, level);
}
