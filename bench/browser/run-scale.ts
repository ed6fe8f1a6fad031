// The scale benchmarks alone: builds the app (as the browser tests do, into dist/), serves it, and prints the figures at CPU ×1 and ×4.
import buildApp from '../../tests/e2e/global-setup';
import { openBrowser, removeProfile, serveBuild } from '../../tests/e2e/harness';
import { INIT_SCRIPT } from './measure-page';
import { scaleBenchmarks, scaleReport, type ScaleFigures } from './scale-cases';

const RATES = (process.env.SCALE_RATES ?? '1,4').split(',').map(Number);

/** `--serve DIR` measures a build made before (to compare two builds) instead of building dist/. */
const served = process.argv.includes('--serve')
  ? process.argv[process.argv.indexOf('--serve') + 1]
  : undefined;

async function main(): Promise<void> {
  if (!served) await buildApp();
  const app = await serveBuild(0, served);
  const browser = await openBrowser();
  await browser.context.addInitScript(INIT_SCRIPT);
  const byThrottle: { throttle: number; figures: ScaleFigures }[] = [];
  try {
    for (const throttle of RATES) {
      const figures = await scaleBenchmarks(app.url, browser.context, throttle);
      byThrottle.push({ throttle, figures });
      if (process.argv.includes('--json')) console.error(JSON.stringify({ throttle, figures }));
    }
  } finally {
    await browser.close();
    await app.close();
    removeProfile(browser.profileDir);
  }
  console.log(scaleReport(byThrottle));
}

await main();
