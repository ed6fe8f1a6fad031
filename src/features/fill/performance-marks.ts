/**
 * User Timing marks of the fill screen (performance.mark), seen in the browser's performance tools and
 * read by the browser benchmark to show where opening an area spends its time.
 */
export const MARKS = {
  /** The app's scripts have run and it starts (set in main.tsx). */
  appStart: 'nap:app-start',
  /** The assessment, its questionnaire and its answers have been read. */
  dataRead: 'nap:fill-data-read',
  /** The rest of the questionnaire and every stored answer have been read, after the first area was shown. */
  allRead: 'nap:fill-all-read',
  /** An area's questions are in the document (before layout and paint). */
  areaShown: 'nap:fill-area-shown',
} as const;
