// `npm run bench`: runs every benchmark, prints a table and writes it to BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { browserReport } from './browser/report';
import { browserBenchmarks } from './browser/run-browser';
import { scaleReport } from './browser/scale-cases';
import type { Figure } from './measure';
import { createServer } from 'vite';
import type * as ExchangeBenchmarks from './exchange-benchmarks';

type ExchangeModule = typeof ExchangeBenchmarks;
import { nodeBenchmarks } from './node-benchmarks';
import { reportBenchmarks } from './report-benchmarks';
import { syncBenchmarks } from './sync-benchmarks';

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

function table(figures: Figure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${f.median.toFixed(1)} | ${f.min.toFixed(1)} | ${f.max.toFixed(1)} | ${f.runs} | ${f.note ?? ''} |`,
  );
  return [
    '| benchmark | median ms | min ms | max ms | runs | note |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

/** The app's exchange code lists bundled questionnaires with Vite's import.meta.glob, so it runs through Vite. */
async function exchangeFigures(): Promise<Figure[]> {
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'warn',
  });
  try {
    const mod = (await vite.ssrLoadModule('/bench/exchange-benchmarks.ts')) as ExchangeModule;
    return await mod.exchangeBenchmarks();
  } finally {
    await vite.close();
  }
}

const figures = [
  ...(await nodeBenchmarks()),
  ...(await reportBenchmarks()),
  ...(await exchangeFigures()),
  ...(await syncBenchmarks()),
];
async function browserFigures(): Promise<string> {
  const { contestants, scale } = await browserBenchmarks();
  return `${browserReport(contestants)}\n${scaleReport(scale)}`;
}

const browser = process.argv.includes('--node-only') ? '' : await browserFigures();
const date = new Date().toISOString().slice(0, 10);
const report = `# Benchmarks

Recorded by \`npm run bench\` on ${date}. Machine: ${machine()}.
Each figure is the median, minimum and maximum of the measured runs, taken after one to three unmeasured warm-up runs.

## Node

${table(figures)}

${browser}
${readFileSync('bench/history.md', 'utf8')}`;
console.log(report);
writeFileSync('BENCHMARKS.md', report);
