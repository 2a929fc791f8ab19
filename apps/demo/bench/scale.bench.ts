/**
 * The demo at scale, measured in Chromium (playwright-core, /usr/bin/chromium): the built app,
 * served from a sub-path like the end-to-end tests, loads a generated dataset of 50,000 meetings
 * (the example's meetings copied with new ids, see `scale-dataset.ts`) and the real Office of the
 * Historian travels and visits (imported with the built CLI), through the file input as a user
 * would. Prints figures; asserts nothing.
 *
 *   npx -y pnpm@12.4.2 --filter demo bench        # BENCH_MEETINGS=5000 for a smaller synthetic set
 *
 * - painted: from choosing the files to the report and the timeline drawn (two frames later);
 * - longest task: the longest main-thread task (PerformanceObserver `longtask`) from choosing
 *   the files until the views are painted, then after (and in which step: settling, scrolling,
 *   filtering, clearing the filter, the network, back to the timeline);
 * - DOM nodes, JS heap (the page's, CDP `Performance.getMetrics`), renderer memory (resident set
 *   of the browser's renderer processes, which run the page and its workers, from `ps`; in
 *   brackets, the same with the example alone, before the load);
 * - fps: frames drawn while the timeline scrolls 600 px per frame for 3 s;
 * - filter: from choosing the busiest actor in the filter to the next frame;
 * - network: from the Network tab to the drawing (layout in a worker).
 */
import { execFileSync } from "node:child_process";
import type { Page } from "playwright-core";
import { startHarness } from "../test/harness.js";
import { hsgDataset, syntheticDataset } from "./scale-dataset.js";

interface Figures {
  dataset: string;
  meetings: string;
  painted: number;
  longestLoad: number;
  longestAfter: string;
  baselineMb: number;
  domNodes: number;
  heapMb: number;
  rendererMb: number;
  fps: number;
  filter: number;
  network: number;
}

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 50_000);

/** Resident memory (MB) of the renderer processes under the browser that uses `profileDir`. */
function rendererMemory(profileDir: string): number {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]), args: m[4]! }));
  const browser = rows.find((r) => r.args.includes(profileDir) && !r.args.includes("--type="));
  if (!browser) return Number.NaN;
  const family = new Set([browser.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows)
      if (family.has(r.ppid) && !family.has(r.pid)) {
        family.add(r.pid);
        grew = true;
      }
  }
  const kb = rows
    .filter((r) => family.has(r.pid) && r.args.includes("--type=renderer"))
    .reduce((sum, r) => sum + r.rss, 0);
  return kb / 1024;
}

const nextFrame = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
      ),
  );

const longestSince = (page: Page, since: number) =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { longTasks: PerformanceEntry[] }).longTasks
          .filter((e) => e.startTime >= t)
          .map((e) => e.duration),
      ),
    since,
  );

async function measure(label: string, files: string[]): Promise<Figures> {
  const harness = await startHarness();
  try {
    const page = await harness.context.newPage();
    // tsx names functions with a helper the page does not have: give it one.
    await page.addInitScript("window.__name = (f) => f;");
    await page.addInitScript(() => {
      const store = window as unknown as { longTasks: PerformanceEntry[] };
      store.longTasks = [];
      new PerformanceObserver((list) => store.longTasks.push(...list.getEntries())).observe({
        type: "longtask",
        buffered: true,
      });
    });
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(harness.url);
    await page.locator(".timeline .meeting").first().waitFor();
    await nextFrame(page);
    const baselineMb = rendererMemory(harness.profileDir);

    const start = await page.evaluate(() => performance.now());
    await page.setInputFiles("#file-input", files);
    await page.locator("#problems.ok, #problems.failed").waitFor({ timeout: 600_000 });
    await page.locator(".timeline .meeting").first().waitFor();
    const painted = (await nextFrame(page)) - start;
    const longestLoad = await longestSince(page, start);
    const failed = await page.locator("#problems.failed").count();
    if (failed > 0)
      throw new Error(`${label}: ${await page.locator("#problems h2").textContent()}`);
    const meetings =
      (await page.locator(".counts").textContent())?.match(/([\d,]+) meetings?/)?.[1] ?? "?";
    const mark = () => page.evaluate(() => performance.now());
    const steps: [string, number][] = [["settle", await mark()]];
    await page.waitForTimeout(1000);
    const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);

    steps.push(["scroll", await mark()]);
    const fps = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const box = document.querySelector(".timeline-scroller")!;
          let frames = 0;
          const t0 = performance.now();
          const step = () => {
            frames++;
            box.scrollTop += 600;
            if (performance.now() - t0 < 3000) requestAnimationFrame(step);
            else resolve((frames * 1000) / (performance.now() - t0));
          };
          requestAnimationFrame(step);
        }),
    );

    // The busiest actor: the first option of the network's top actors is not on show yet, so
    // take the actor in most rows of the first screen.
    const actor = await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>("#actor-filter")!;
      return (
        [...select.options].map((o) => o.value).find((v) => v === "antony-blinken") ??
        select.options[1]!.value
      );
    });
    steps.push(["filter", await mark()]);
    const filter = await page.evaluate(
      (id) =>
        new Promise<number>((resolve) => {
          const select = document.querySelector<HTMLSelectElement>("#actor-filter")!;
          const t0 = performance.now();
          select.value = id;
          select.dispatchEvent(new Event("change"));
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        }),
      actor,
    );
    steps.push(["clear", await mark()]);
    await page.locator("#clear-filters").click();
    await nextFrame(page);
    steps.push(["network", await mark()]);

    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole("tab", { name: "Network", exact: true }).click();
    await page.locator("#panel .network, #panel .empty").first().waitFor({ timeout: 120_000 });
    const network = (await nextFrame(page)) - t0;
    steps.push(["timeline", await mark()]);
    await page.getByRole("tab", { name: "Timeline", exact: true }).click();
    await nextFrame(page);
    steps.push(["end", await mark()]);

    // The longest task after the load, and the step it fell in.
    const tasks = await page.evaluate(
      (from) =>
        (window as unknown as { longTasks: PerformanceEntry[] }).longTasks
          .filter((e) => e.startTime >= from)
          .map((e) => [e.startTime, e.duration] as const),
      steps[0]![1],
    );
    let longestAfter = "none";
    let longest = 0;
    for (const [at, duration] of tasks) {
      if (duration <= longest) continue;
      longest = duration;
      const step = steps.findLast(([, t]) => t <= at)?.[0] ?? "?";
      longestAfter = `${Math.round(duration)} ms (${step})`;
    }
    const metrics = (await cdp.send("Performance.getMetrics")).metrics;
    const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? Number.NaN;
    return {
      dataset: label,
      meetings,
      painted,
      longestLoad,
      longestAfter,
      baselineMb,
      domNodes,
      heapMb: heap / 2 ** 20,
      rendererMb: rendererMemory(harness.profileDir),
      fps,
      filter,
      network,
    };
  } finally {
    await harness.close();
  }
}

/** The first load of the page with the example: layout shift and the scripts it fetches. */
async function firstLoad(): Promise<void> {
  const harness = await startHarness();
  try {
    for (const [label, viewport] of [
      ["laptop 1280×800", { width: 1280, height: 800 }],
      ["phone 390×844", { width: 390, height: 844 }],
    ] as const) {
      const page = await harness.context.newPage();
      await page.setViewportSize(viewport);
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(request.url().split("/").pop()!);
      });
      await page.addInitScript("window.__name = (f) => f;");
      await page.addInitScript(() => {
        const store = window as unknown as { shift: number };
        store.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) store.shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(harness.url);
      await page.waitForTimeout(3000);
      const cls = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      console.log(
        `first load, ${label}: cumulative layout shift ${cls.toFixed(3)}; scripts fetched: ${scripts.join(", ")}`,
      );
      await page.close();
    }
  } finally {
    await harness.close();
  }
}

await firstLoad();

const datasets: [string, string[]][] = [
  [`synthetic ${MEETINGS.toLocaleString("en")} (JSON)`, [await syntheticDataset(MEETINGS)]],
];
const travels = await hsgDataset("hsg-travels");
if (travels.length > 0) datasets.push(["HSG travels (YAML)", travels]);
const visits = await hsgDataset("hsg-visits");
if (visits.length > 0) datasets.push(["HSG visits (YAML)", visits]);

const ms = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;
console.log(
  "| dataset | meetings | painted | longest task (load) | longest task (after) | DOM nodes | JS heap | renderer memory (example alone) | scrolling | filter | network |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const [label, files] of datasets) {
  const f = await measure(label, files);
  console.log(
    `| ${f.dataset} | ${f.meetings} | ${ms(f.painted)} | ${ms(f.longestLoad)} | ${f.longestAfter} | ${f.domNodes.toLocaleString("en")} | ${f.heapMb.toFixed(0)} MB | ${f.rendererMb.toFixed(0)} MB (${f.baselineMb.toFixed(0)} MB) | ${f.fps.toFixed(0)} fps | ${ms(f.filter)} | ${ms(f.network)} |`,
  );
}
