import { MARKS } from '../../src/features/fill/performance-marks';
import type { Contestant } from './run-browser';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const r = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');

const label = (c: Contestant) =>
  c.name === 'app' ? `app, ${c.questions.toLocaleString('en')} questions` : c.name;

/** The figures of one throttling rate: contestants, budgets, and where the app's first area spends its time. */
function atRate(results: Contestant[], rate: number): string {
  const here = results.filter((c) => c.throttle === rate);
  const apps = here.filter((c) => c.name === 'app').sort((a, b) => a.questions - b.questions);
  const app = apps[0]!;
  const largest = apps.at(-1)!;
  const floor = here.find((c) => c.name === 'floor')!;
  const surveyjs = here.find((c) => c.name === 'surveyjs')!;
  const rows = here.map(
    (c) =>
      `| ${label(c)} | ${f(median(c.firstArea))} (${f(Math.min(...c.firstArea))}–${f(Math.max(...c.firstArea))}) | ${c.switchArea.length ? `${f(median(c.switchArea))} (${f(Math.min(...c.switchArea))}–${f(Math.max(...c.switchArea))})` : '—'} | ${f(c.clicks!.p50)} / ${f(c.clicks!.p95)} / ${f(c.clicks!.max)} | ${f(c.keys!.p50)} / ${f(c.keys!.p95)} / ${f(c.keys!.max)} | ${(c.heap / 1048576).toFixed(1)} | ${(c.initialGzip / 1024).toFixed(0)} |`,
  );
  const first = median(app.firstArea);
  const budgets: [string, number, string, boolean][] = [
    [
      `first area, ${largest.questions.toLocaleString('en')} vs ${app.questions.toLocaleString('en')} questions (≤ 1.2)`,
      median(largest.firstArea) / first,
      '',
      median(largest.firstArea) / first <= 1.2,
    ],
    [
      'first area vs SurveyJS (≤ 0.33)',
      first / median(surveyjs.firstArea),
      '',
      first / median(surveyjs.firstArea) <= 0.33,
    ],
    [
      'first area vs the floor (≤ 2.5)',
      first / median(floor.firstArea),
      '',
      first / median(floor.firstArea) <= 2.5,
    ],
    [
      'next-area switch vs SurveyJS (≤ 0.25)',
      median(app.switchArea) / median(surveyjs.switchArea),
      '',
      median(app.switchArea) / median(surveyjs.switchArea) <= 0.25,
    ],
    [
      'click p95 vs SurveyJS (≤ 0.33)',
      app.clicks!.p95 / surveyjs.clicks!.p95,
      '',
      app.clicks!.p95 <= surveyjs.clicks!.p95 * 0.33,
    ],
    [
      'keystroke p95 minus the floor’s (≤ 16 ms)',
      app.keys!.p95 - floor.keys!.p95,
      ' ms',
      app.keys!.p95 - floor.keys!.p95 <= 16,
    ],
    [
      'initial JS + CSS vs SurveyJS (≤ 0.45)',
      app.initialGzip / surveyjs.initialGzip,
      '',
      app.initialGzip / surveyjs.initialGzip <= 0.45,
    ],
    ['heap after load vs SurveyJS (≤ 0.5)', app.heap / surveyjs.heap, '', app.heap <= surveyjs.heap * 0.5],
  ];
  const steps: [string, string][] = [
    ['fetched', 'scripts and styles it starts with have arrived (through the service worker)'],
    [MARKS.appStart, 'scripts evaluated: the app starts and asks for its data'],
    [MARKS.dataRead, "assessment, the area's part of the questionnaire and its answers read from IndexedDB"],
    [MARKS.areaShown, "the area's questions are in the document"],
    ['ready', 'laid out and painted (the next frame after)'],
    [MARKS.allRead, 'then, the rest of the questionnaire read (progress of every area, search)'],
  ];
  const phaseRows = steps.map(([key, text]) => {
    const cells = apps.map((c) => {
      const at = median(c.phases.map((p) => p[key] ?? NaN));
      const index = steps.findIndex(([k]) => k === key);
      const before = index === 0 ? 0 : median(c.phases.map((p) => p[steps[index - 1]![0]] ?? NaN));
      return `${f(at)} | ${f(at - before)}`;
    });
    return `| ${text} | ${cells.join(' | ')} |`;
  });
  return `### ${rate === 1 ? 'Without throttling (1×)' : `CPU throttled ${rate}× (a modest laptop)`}

| contestant | first area ready ms | next area ms | clicks p50 / p95 / max ms | keys p50 / p95 / max ms | heap MB | initial JS+CSS KiB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

| budget (${rate}×) | app's figure | holds |
| --- | ---: | --- |
${budgets.map(([name, value, unit, ok]) => `| ${name} | ${unit ? f(value) : r(value)}${unit} | ${ok ? 'yes' : '**no**'} |`).join('\n')}

Search on the settled page (the app only): the box focused for the first time (which reads the
questionnaire's texts and builds the index) and a word typed at 5 ms a key, until the first results are
shown; then a query of three words typed at 60 ms a key (Event Timing, as above).

| questionnaire | first use: focus to first results ms | keys p50 / p95 / max ms |
| --- | ---: | ---: |
${apps.map((c) => `| ${c.questions.toLocaleString('en')} questions | ${f(c.search?.first ?? NaN)} | ${c.search ? `${f(c.search.keys.p50)} / ${f(c.search.keys.p95)} / ${f(c.search.keys.max)}` : '—'} |`).join('\n')}

Where the app's first area spends its time (medians of the same page loads, from the app's User Timing
marks, ms from navigation); the floor's whole page takes ${f(median(floor.firstArea))} ms.

| step | ${apps.map((c) => `${c.questions.toLocaleString('en')} q: done at | step`).join(' | ')} |
| --- | ${apps.map(() => '---: | ---:').join(' | ')} |
${phaseRows.join('\n')}
`;
}

/** The browser figures as Markdown: per throttling rate, medians of each contestant, the budgets and the app's steps. */
export function browserReport(results: Contestant[]): string {
  const rates = [...new Set(results.map((c) => c.throttle))].sort((a, b) => a - b);
  const sizes = [...new Set(results.filter((c) => c.name === 'app').map((c) => c.questions))];
  return `## Browser (Debian Chromium, production builds, generated questionnaires of ${sizes.map((n) => n.toLocaleString('en')).join(' and ')} questions in areas of 100)

Medians of 5 page loads after a warm-up (min–max in brackets), each in a new tab of one browser (the
app's service worker installed, as for a returning user). The floor (the first area as plain HTML, no
script) and SurveyJS open the 1,000-question questionnaire. The next area is opened once the page has
been idle for a second, as a person reads before moving on, and counts when its first question is shown.
Latency from the Event Timing API over 50 option clicks and 200 typed characters (autosave on);
interactions under 16 ms are not reported by the API and count as 0. Heap after a forced garbage
collection; initial JS + CSS as gzip. Chromium runs without its pre-rendered address-bar popup, which
otherwise competes with the page for the CPU. Throttling is Chromium's own
(\`Emulation.setCPUThrottlingRate\`), set on each tab before it loads.

${rates.map((rate) => atRate(results, rate)).join('\n')}`;
}
