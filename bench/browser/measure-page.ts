import type { Page } from 'playwright-core';

/** Installed in every page before it loads: keeps Event Timing entries (≥ 16 ms; shorter ones are not reported). */
export const INIT_SCRIPT = `
  window.__events = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__events.push({ name: e.name, duration: e.duration, id: e.interactionId }); })
    .observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

// In-page code is sent as source text: a bundler's helpers (e.g. tsx's __name) do not exist in the page.

/** Time from navigation start until `count` elements match and the next task after a frame runs: rendered and interactive. */
export async function readyAt(page: Page, selector: string, count: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const check = () => {
      if (document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}) requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

/**
 * Clicks in the page and waits until the next area's first question is shown (not merely in the
 * document: a page may prepare the next area out of sight) and rendered.
 */
export async function switchTime(
  page: Page,
  click: string,
  selector: string,
  firstOfNext: string,
): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    document.querySelector(${JSON.stringify(click)}).click();
    const check = () => {
      const first = document.querySelector(${JSON.stringify(firstOfNext)});
      if (first && first.checkVisibility() && document.querySelectorAll(${JSON.stringify(selector)}).length > 0) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  over16: number;
  count: number;
}

/** Percentiles of interaction latency; interactions Event Timing did not report took under 16 ms (counted as 0 here). */
export function latency(durations: number[], interactions: number): Latency {
  const all = [...durations, ...Array<number>(Math.max(0, interactions - durations.length)).fill(0)].sort(
    (a, b) => a - b,
  );
  const at = (q: number) => all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: all.at(-1) ?? 0, over16: durations.length, count: interactions };
}

export async function takeEvents(page: Page, names: string[]): Promise<number[]> {
  return page.evaluate(`(() => {
    // One latency per interaction: the longest of its events (pointerdown, pointerup, click; keydown, keyup…).
    const longest = new Map();
    for (const e of window.__events) if (${JSON.stringify(names)}.includes(e.name) && e.id) longest.set(e.id, Math.max(longest.get(e.id) ?? 0, e.duration));
    window.__events = [];
    return [...longest.values()];
  })()`);
}

export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Where a page load spent its time: when the scripts and styles it started with had arrived, then the
 * app's own User Timing marks (the first of each), in milliseconds from navigation.
 */
export async function loadPhases(page: Page, marks: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const start = at(${JSON.stringify(marks[0])}) ?? Infinity;
    const files = performance.getEntriesByType('resource')
      .filter((r) => /\\.(js|css)$/.test(new URL(r.name).pathname) && r.startTime < start);
    const out = { fetched: Math.max(0, ...files.map((r) => r.responseEnd)) };
    for (const name of ${JSON.stringify(marks)}) if (at(name) !== undefined) out[name] = at(name);
    return out;
  })()`);
}

/**
 * Slows the page's CPU `rate` times (1 leaves it as it is) through CDP, for a page just created and
 * not yet navigated; the session stays open, since closing it would end the emulation.
 */
export async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export interface ScrollFrames {
  /** From the first scroll step until the page's end is painted. */
  ms: number;
  frames: number;
  /** Frames longer than 50 ms, and the longest. */
  long: number;
  worst: number;
}

/** Scrolls the window to its end one screen per frame, as a held Page Down does, and times the frames. */
export async function scrollFrames(page: Page): Promise<ScrollFrames> {
  return page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    const gaps = [];
    let last = start;
    const step = (now) => {
      gaps.push(now - last);
      last = now;
      const end = document.documentElement.scrollHeight - window.innerHeight;
      if (window.scrollY >= end - 1) {
        requestAnimationFrame((t) => {
          gaps.push(t - last);
          resolve({ ms: t - start, frames: gaps.length, long: gaps.filter((g) => g > 50).length, worst: Math.max(...gaps) });
        });
        return;
      }
      window.scrollBy(0, window.innerHeight);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`);
}
