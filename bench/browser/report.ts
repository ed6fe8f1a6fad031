import { MARKS } from '../../src/features/fill/performance-marks';
import type { Contestant } from './run-browser';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const r = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');

/** The browser figures as Markdown: medians of each contestant, the ratios, and each budget with its verdict. */
export function browserReport(results: Contestant[]): string {
  const by = Object.fromEntries(results.map((c) => [c.name, c])) as Record<Contestant['name'], Contestant>;
  const rows = results.map(
    (c) =>
      `| ${c.name} | ${f(median(c.firstArea))} (${f(Math.min(...c.firstArea))}–${f(Math.max(...c.firstArea))}) | ${c.switchArea.length ? `${f(median(c.switchArea))} (${f(Math.min(...c.switchArea))}–${f(Math.max(...c.switchArea))})` : '—'} | ${f(c.clicks!.p50)} / ${f(c.clicks!.p95)} / ${f(c.clicks!.max)} | ${f(c.keys!.p50)} / ${f(c.keys!.p95)} / ${f(c.keys!.max)} | ${(c.heap / 1048576).toFixed(1)} | ${(c.initialGzip / 1024).toFixed(0)} |`,
  );
  const app = by.app;
  const budgets: [string, number, string, boolean][] = [
    [
      'first area vs SurveyJS (≤ 0.5)',
      median(app.firstArea) / median(by.surveyjs.firstArea),
      '',
      median(app.firstArea) / median(by.surveyjs.firstArea) <= 0.5,
    ],
    [
      'first area vs the floor (≤ 1.5)',
      median(app.firstArea) / median(by.floor.firstArea),
      '',
      median(app.firstArea) / median(by.floor.firstArea) <= 1.5,
    ],
    [
      'next-area switch vs SurveyJS (≤ 0.33)',
      median(app.switchArea) / median(by.surveyjs.switchArea),
      '',
      median(app.switchArea) / median(by.surveyjs.switchArea) <= 1 / 3,
    ],
    [
      'click p95 vs SurveyJS (≤ 0.33)',
      app.clicks!.p95 / by.surveyjs.clicks!.p95,
      '',
      app.clicks!.p95 <= by.surveyjs.clicks!.p95 / 3,
    ],
    [
      'keystroke p95 minus the floor’s (≤ 16 ms)',
      app.keys!.p95 - by.floor.keys!.p95,
      ' ms',
      app.keys!.p95 - by.floor.keys!.p95 <= 16,
    ],
    [
      'initial JS + CSS vs SurveyJS (≤ 0.5)',
      app.initialGzip / by.surveyjs.initialGzip,
      '',
      app.initialGzip / by.surveyjs.initialGzip <= 0.5,
    ],
    ['heap after load vs SurveyJS (≤ 1)', app.heap / by.surveyjs.heap, '', app.heap <= by.surveyjs.heap],
  ];
  const steps: [string, string][] = [
    ['fetched', 'scripts and styles it starts with have arrived (through the service worker)'],
    [MARKS.appStart, 'scripts evaluated: the app starts and asks for its data'],
    [MARKS.dataRead, 'assessment, questionnaire and answers read from IndexedDB'],
    [MARKS.areaShown, "the area's questions are in the document"],
    ['ready', 'laid out and painted (the next frame after)'],
  ];
  let previous = 0;
  const phaseRows = steps.map(([key, label]) => {
    const at = median(app.phases.map((p) => p[key] ?? NaN));
    const row = `| ${label} | ${f(at)} | ${f(at - previous)} |`;
    previous = at;
    return row;
  });
  const drawing = median(app.phases.map((p) => (p.ready ?? NaN) - (p[MARKS.dataRead] ?? NaN)));
  return `## Browser (Debian Chromium, production builds, generated questionnaire of 1,000 questions in 10 areas)

Medians of 5 page loads after a warm-up (min–max in brackets), each in a new tab of one browser (the
app's service worker installed, as for a returning user). The next area is opened once the page has been
idle for a second, as a person reads before moving on, and counts when its first question is shown.
Latency from the Event Timing API over 50 option clicks and 200 typed characters (autosave on);
interactions under 16 ms are not reported by the API and count as 0. Heap after a forced garbage
collection; initial JS + CSS as gzip. Chromium runs without its pre-rendered address-bar popup, which
otherwise competes with the page for the CPU.

| contestant | first area ready ms | next area ms | clicks p50 / p95 / max ms | keys p50 / p95 / max ms | heap MB | initial JS+CSS KiB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

| budget | app's figure | holds |
| --- | ---: | --- |
${budgets.map(([name, value, unit, ok]) => `| ${name} | ${unit ? f(value) : r(value)}${unit} | ${ok ? 'yes' : '**no**'} |`).join('\n')}

Where the app's first area spends its time (medians of the same page loads, from the app's User Timing
marks); the floor's whole page takes ${f(median(by.floor.firstArea))} ms. Drawing the area once its data is read takes
${f(drawing)} ms, ${r(drawing / median(by.floor.firstArea))}× the floor's whole page; the time before it is the app's start and its reads.

| step | done at ms | step ms |
| --- | ---: | ---: |
${phaseRows.join('\n')}
`;
}
