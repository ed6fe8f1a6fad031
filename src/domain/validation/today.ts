/** The calendar day of a moment, "YYYY-MM-DD" in UTC: what date bounds of "today" compare with. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
