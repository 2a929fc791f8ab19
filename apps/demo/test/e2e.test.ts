/**
 * The demo, tested as a person uses it: a built copy served from a sub-path, driven in
 * Chromium. Expectations about the example are computed from the example's YAML here, not
 * copied from the page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { syntheticDataset } from "../bench/scale-dataset.js";
import { APP_DIR, type Harness, screenshot, startHarness } from "./harness.js";

interface ExampleRecord {
  id: string;
  type: string;
  title?: string;
  participants?: { actor: string; representing?: string }[];
}

const EXAMPLE_DIR = join(APP_DIR, "../../examples/blinken-china-2024");
const example: ExampleRecord[] = readdirSync(EXAMPLE_DIR)
  .filter((name) => name.endsWith(".yaml"))
  .flatMap((name) => parse(readFileSync(join(EXAMPLE_DIR, name), "utf8")) as ExampleRecord[]);
const exampleMeetings = example.filter((record) => record.type === "meeting");
const meetingsOf = (actor: string) =>
  exampleMeetings.filter((m) =>
    m.participants?.some((p) => p.actor === actor || p.representing === actor),
  );
const fixture = (name: string) => join(APP_DIR, "test/fixtures", name);

let harness: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function open(query = ""): Promise<void> {
  ({ page, errors } = await harness.openPage());
  await page.goto(`${harness.url}${query}`);
  await page.locator("#panel > *").first().waitFor();
}

async function closePage(): Promise<void> {
  await page.close();
  expect(errors, "console errors").toEqual([]);
}

const timelineTitles = () => page.locator(".timeline .meeting-title").allTextContents();
const queryOf = () => new URL(page.url()).searchParams;

async function showView(view: string): Promise<void> {
  await page.getByRole("tab", { name: view, exact: true }).click();
  await page
    .locator(`#panel[aria-labelledby="tab-${view.toLowerCase()}"] > :not(h2)`)
    .first()
    .waitFor();
  // A large network is laid out in a worker: wait for the drawing (or the empty state).
  if (view === "Network") await page.locator("#panel .network, #panel .empty").first().waitFor();
}

describe("the demo", () => {
  test("loads the example with no console errors, and draws every view", async () => {
    await open();
    await expect(page.title()).resolves.toBe("Timeline · Statecraft demo");
    expect(await page.locator(".dataset-label").textContent()).toContain("Blinken");
    expect(await timelineTitles()).toHaveLength(exampleMeetings.length);
    await screenshot(page, "laptop-timeline");
    for (const view of ["Network", "Issues", "Tariffs"]) {
      await showView(view);
      expect(queryOf().get("view")).toBe(view.toLowerCase());
      await expect(page.title()).resolves.toBe(`${view} · Statecraft demo`);
      await screenshot(page, `laptop-${view.toLowerCase()}`);
    }
    expect(await page.locator(".node").count()).toBe(0); // the network is not drawn on the tariffs tab
    await showView("Network");
    const actorsInMeetings = new Set(
      exampleMeetings.flatMap((m) => m.participants?.map((p) => p.actor) ?? []),
    );
    expect(await page.locator(".node").count()).toBe(actorsInMeetings.size);
    await closePage();
  });

  test("the timeline shows Blinken's April 2024 visit to Shanghai and Beijing as a span, with its status", async () => {
    await open();
    for (const [id, title] of [
      ["blinken-shanghai-2024-04", "Blinken in Shanghai"],
      ["blinken-beijing-2024-04", "Blinken in Beijing"],
    ] as const) {
      const row = page.locator(`.meeting[data-id="${id}"]`);
      await expect(row.locator(".meeting-title").textContent()).resolves.toBe(title);
      const meta = await row.locator(".meeting-meta").textContent();
      expect(meta).toContain("24–26 Apr 2024");
      expect(await row.locator(".status").textContent()).toBe("planned");
      expect(await row.getAttribute("class")).toContain("depth-1"); // a leg of the trip
      const bar = await row.locator(".bar").boundingBox();
      expect(bar?.width).toBeGreaterThan(0);
    }
    // Three days are a span: wider than the one-day Biden–Xi call earlier that month, and later.
    const visit = await page
      .locator('.meeting[data-id="blinken-shanghai-2024-04"] .bar')
      .boundingBox();
    const call = await page.locator('.meeting[data-id="biden-xi-call-2024-04"] .bar').boundingBox();
    expect(visit!.x).toBeGreaterThan(call!.x + call!.width);
    // The expected (unconfirmed) talks with Xi read as expected, not as planned.
    expect(
      await page.locator('.meeting[data-id="blinken-xi-meeting-2024-04"] .status').textContent(),
    ).toBe("expected");
    // Zooming to April 2024 widens the visit and hides what lies outside the month.
    // Two levels: the year (with its count), then a month of it.
    await page.selectOption("#period", "2024");
    await page.waitForURL(/period=2024$/);
    await page.selectOption("#period-month", "2024-04");
    await page.waitForURL(/period=2024-04/);
    const zoomed = await page
      .locator('.meeting[data-id="blinken-shanghai-2024-04"] .bar')
      .boundingBox();
    expect(zoomed!.width).toBeGreaterThan(visit!.width * 5);
    expect(await timelineTitles()).not.toContain("Antony Blinken's first visit to China");
    await screenshot(page, "laptop-timeline-april-2024");
    // Opening a row shows who takes part and the source quote.
    await page.locator('.meeting[data-id="blinken-shanghai-2024-04"] summary').click();
    const details = page.locator('.meeting[data-id="blinken-shanghai-2024-04"] .meeting-details');
    expect(await details.textContent()).toContain(
      "would travel to Shanghai and Beijing starting Wednesday",
    );
    await closePage();
  });

  test("filtering by an actor narrows every view and updates the URL; back undoes it", async () => {
    await open();
    await showView("Issues");
    const before = {
      issues: await page.locator(".issue").count(),
      positions: await page.locator(".position").count(),
    };
    await showView("Tariffs");
    const tariffsBefore = await page.locator(".tariff").count();
    await showView("Timeline");
    await page.selectOption("#actor-filter", "wang-yi");
    await page.waitForURL(/actor=wang-yi/);
    expect(queryOf().get("actor")).toBe("wang-yi");
    const expected = meetingsOf("wang-yi").map((m) => m.title);
    expect(expected.length).toBeGreaterThan(0);
    expect((await timelineTitles()).sort()).toEqual([...expected].sort());
    expect(expected.length).toBeLessThan(exampleMeetings.length);
    await screenshot(page, "filtered-timeline");

    await showView("Network");
    expect(queryOf().get("actor")).toBe("wang-yi");
    const met = new Set(
      meetingsOf("wang-yi").flatMap((m) => m.participants?.map((p) => p.actor) ?? []),
    );
    const nodes = await page
      .locator(".node")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));
    expect(new Set(nodes)).toEqual(met);
    expect(await page.locator(".node.selected").getAttribute("data-id")).toBe("wang-yi");
    await screenshot(page, "filtered-network");

    await showView("Issues");
    expect(await page.locator(".issue").count()).toBeLessThan(before.issues);
    expect(await page.locator(".position").count()).toBeLessThan(before.positions);
    await screenshot(page, "filtered-issues");

    await showView("Tariffs");
    expect(await page.locator(".tariff").count()).toBeLessThan(tariffsBefore);
    await screenshot(page, "filtered-tariffs");

    // A shared link opens the same view; the browser's back button steps back through it.
    const shared = page.url();
    await page.goBack(); // issues, filtered
    await page.goBack(); // network, filtered
    await page.goBack(); // timeline, filtered
    expect(queryOf().get("actor")).toBe("wang-yi");
    await page.goBack(); // timeline, before the filter
    expect(queryOf().get("actor")).toBeNull();
    expect(queryOf().get("view")).toBeNull();
    expect(await timelineTitles()).toHaveLength(exampleMeetings.length);
    expect(await page.locator("#actor-filter").inputValue()).toBe("");
    await closePage();

    await open(new URL(shared).search);
    expect(await page.locator("#actor-filter").inputValue()).toBe("wang-yi");
    expect(await page.getByRole("tab", { name: "Tariffs" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await closePage();
  });

  test("an issue filter from the URL applies to the timeline; unknown ids are dropped", async () => {
    await open("?issue=south-china-sea&actor=nobody");
    expect(queryOf().get("actor")).toBeNull();
    expect(queryOf().get("issue")).toBe("south-china-sea");
    const titles = await timelineTitles();
    expect(titles).toContain("Japan–Philippines–United States leaders' summit");
    expect(titles).not.toContain("Biden–Xi phone call");
    await closePage();
  });

  test.each([
    // A status the model lacks (line 6), a participant without attendance, and who is not in the file (line 10).
    [
      "broken-schema.yaml",
      ["6:11 invalid_value", "10:7 invalid_value", "10:16 dangling_reference"],
    ],
    // A second colon on the title's line (line 5, column 25: the second colon).
    ["broken-syntax.yaml", ["5:25 parse_error"]],
  ] as const)(
    "opening %s lists its errors with file, line and column, and keeps the example",
    async (name, want) => {
      await open();
      await page.setInputFiles("#file-input", fixture(name));
      const problems = page.locator("#problems .problem");
      await problems.first().waitFor();
      const got = await problems.evaluateAll((items) =>
        items.map(
          (item) =>
            `${item.querySelector(".where")?.textContent} ${item.querySelector(".rule")?.textContent}`,
        ),
      );
      expect(got).toEqual(want.map((entry) => `${name}:${entry}`));
      expect(await page.locator("#problems h2").textContent()).toContain("Not loaded");
      expect(await page.locator(".dataset-label").textContent()).toContain("Blinken");
      await screenshot(page, `problems-${name.replace(".yaml", "")}`);
      await closePage();
    },
  );

  test("opening a valid file of the user's replaces every view; the example comes back on request", async () => {
    await open("?actor=antony-blinken");
    await page.setInputFiles("#file-input", fixture("bali-2022.json"));
    await page.locator("#problems.ok").waitFor();
    expect(await page.locator(".dataset-label").textContent()).toBe("Your file: bali-2022.json");
    expect(queryOf().get("actor")).toBeNull(); // Blinken is not in the user's data
    expect(await timelineTitles()).toEqual(["Biden–Xi meeting in Bali"]);
    await showView("Network");
    expect(
      await page
        .locator(".node")
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")).sort()),
    ).toEqual(["joe-biden", "xi-jinping"]);
    await showView("Issues");
    expect(await page.locator(".issue h3").allTextContents()).toEqual(["Taiwan"]);
    expect(await page.locator(".position blockquote").textContent()).toContain(
      "coercive and increasingly aggressive actions",
    );
    await showView("Tariffs");
    expect(await page.locator(".tariff").count()).toBe(0);
    await screenshot(page, "user-file");
    await page.getByRole("button", { name: "Back to the example" }).click();
    await showView("Timeline");
    expect(await timelineTitles()).toHaveLength(exampleMeetings.length);
    await closePage();
  });

  test("the download is the current dataset as JSON-LD that parses and expands", async () => {
    await open();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("blinken-china-2024.jsonld");
    const document = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(Object.keys(document).sort()).toEqual(["@context", "@graph"]);
    // A JSON-LD processor expands it with no network: the context is embedded.
    const expanded = await jsonld.expand(document, {
      documentLoader: async (url: string) => {
        throw new Error(`the export should not need to load ${url}`);
      },
    });
    // One node per record, plus the dataset's own node.
    expect(expanded).toHaveLength(example.length + 1);
    const blinken = expanded.find((node) => String(node["@id"]).endsWith(":antony-blinken"));
    expect(blinken?.["@type"]).toContain("https://schema.org/Person");
    await closePage();
  });

  test("works from the keyboard: tabs with arrow keys, network actors with Enter", async () => {
    await open();
    await page.getByRole("tab", { name: "Timeline" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(queryOf().get("view")).toBe("network");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-network");
    const node = page.locator('.node[data-id="xi-jinping"]');
    await node.focus();
    expect(await node.getAttribute("aria-label")).toContain("Xi Jinping");
    await page.keyboard.press("Enter");
    expect(queryOf().get("actor")).toBe("xi-jinping");
    // Focus stays on the actor after the view redraws.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(
      "xi-jinping",
    );
    await page.keyboard.press("Enter");
    expect(queryOf().get("actor")).toBeNull();
    // The file picker is reachable by keyboard and labelled.
    expect(await page.getByLabel("Open files…").getAttribute("type")).toBe("file");
    await closePage();
  });

  test("reads on a phone: no sideways scrolling in any view", async () => {
    await open();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const view of ["Timeline", "Network", "Issues", "Tariffs"]) {
      await showView(view);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${view} overflows`).toBeLessThanOrEqual(0);
      await screenshot(page, `phone-${view.toLowerCase()}`);
    }
    await closePage();
  });

  test("a large dataset loads in a worker, scrolls as a virtual list, and is kept across reloads", async () => {
    const file = await syntheticDataset(5000);
    await open();
    await page.setInputFiles("#file-input", file);
    await page.locator("#problems.ok").waitFor({ timeout: 60_000 });
    expect(await page.locator(".counts").textContent()).toContain("5000 meetings");
    expect(await page.locator(".load-progress").isHidden()).toBe(true);
    expect(await page.locator("footer").textContent()).toContain(
      "your files (synthetic-5000.json)",
    );
    // The report has the focus; Escape closes it and gives the focus back to "Open files…".
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("problems");
    await page.keyboard.press("Escape");
    expect(await page.locator("#problems").isHidden()).toBe(true);
    // Only the rows on screen are in the DOM, under year headings with counts.
    const rows = () => page.locator(".timeline .meeting").count();
    expect(await rows()).toBeGreaterThan(5);
    expect(await rows()).toBeLessThan(100);
    expect(await page.locator(".year-heading").first().textContent()).toMatch(
      /^\d{4}[\d,]+ meetings?$/,
    );
    const first = await page.locator(".timeline .meeting").first().getAttribute("data-id");
    await page.locator(".timeline-scroller").evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await page.waitForFunction(
      (id) => !document.querySelector(`.timeline .meeting[data-id="${id}"]`),
      first,
    );
    expect(await rows()).toBeLessThan(100);
    await screenshot(page, "large-timeline");
    // The network draws the busiest actors only.
    await showView("Network");
    expect(await page.locator(".node").count()).toBeLessThanOrEqual(51);
    expect(await page.locator(".pairs-fold").getAttribute("open")).toBeNull();
    await screenshot(page, "large-network");
    // The download of the user's files is written in a worker.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("statecraft-dataset.jsonld");
    const graph = JSON.parse(readFileSync(await download.path(), "utf8"))["@graph"] as unknown[];
    expect(graph.length).toBeGreaterThan(5000);
    // Type-ahead search: an actor filters every view.
    await page.locator("#search").fill("wang y");
    await page.locator("#search-results [role=option]").first().waitFor();
    await page.keyboard.press("Enter");
    await page.waitForURL(/actor=wang-yi/);
    expect(await page.locator(".selection-status").textContent()).toMatch(
      /^Showing \d+ of 5000 meetings/,
    );
    await closePage();

    // A reload brings the user's files back (IndexedDB); #id opens a meeting.
    await open("#blinken-shanghai-2024-04--3");
    await page.locator(".dataset-label", { hasText: "Your file: synthetic-5000.json" }).waitFor();
    const row = page.locator('.meeting[data-id="blinken-shanghai-2024-04--3"]');
    await row.locator(".meeting-details").waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest(".meeting")?.id)).toBe(
      "blinken-shanghai-2024-04--3",
    );
    // Back to the example forgets them.
    await page.getByRole("button", { name: "Back to the example" }).click();
    await closePage();
    await open();
    await page.waitForTimeout(500);
    expect(await page.locator(".dataset-label").textContent()).toContain("Blinken");
    await closePage();
  });

  test("a folder's data files are checked together; problems are grouped by rule, with folder-qualified paths", async () => {
    await open();
    await page.setInputFiles("#folder-input", join(APP_DIR, "test/fixtures"));
    await page.locator("#problems.failed").waitFor();
    const groups = await page.locator("#problems .rule-group summary code").allTextContents();
    expect(groups.length).toBe(new Set(groups).size);
    expect(groups).toContain("invalid_value");
    const wheres = await page.locator("#problems .problem .where").allTextContents();
    expect(wheres).toContain("fixtures/broken-schema.yaml:6:11");
    expect(wheres.every((where) => where.startsWith("fixtures/"))).toBe(true);
    expect(wheres.some((where) => where.includes("README"))).toBe(false);
    await closePage();
  });

  test("shows what the real-engagements example adds: remote attendance, sites, rescheduling, trade-remedy stages and company rates", async () => {
    await open();
    await page.setInputFiles("#folder-input", join(APP_DIR, "../../examples/real-engagements"));
    await page.locator("#problems.ok").waitFor();
    const details = async (id: string) => {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#${id}`);
      const found = page.locator(`.meeting[data-id="${id}"] .meeting-details`);
      await found.waitFor();
      return found.textContent();
    };
    // Putin addressed the BRICS summit by video; Lavrov attended in person.
    expect(await details("brics-summit-2023")).toMatch(/attended remotely.*attended in person/s);
    // The postponed trip links to the one that took its place.
    expect(await details("blinken-china-trip-2023-02")).toContain(
      "Rescheduled as Blinken trip to China.",
    );
    // The Lima bilateral belongs to Biden's trip and to the APEC meeting.
    expect(await details("biden-xi-lima-2024-11")).toContain(
      "Also part of APEC Economic Leaders' Meeting, Lima.",
    );
    await showView("Tariffs");
    const provisional = page.locator('.tariff[data-id="eu-cvd-bev-china-provisional-2024"]');
    expect(await provisional.locator(".meta").textContent()).toContain("(provisional)");
    expect(await provisional.textContent()).toMatch(/Company rates.*all other companies/s);
    expect(await page.locator('.tariff[data-id="eu-cvd-bev-china-2024"]').textContent()).toContain(
      "FollowsEU provisional countervailing duties",
    );
    // Forget the files (kept in IndexedDB), so the next tests start from the example.
    await page.getByRole("button", { name: "Back to the example" }).click();
    await closePage();
  });

  test("a load under way can be cancelled, and the example stays", async () => {
    await open();
    await page.setInputFiles("#file-input", await syntheticDataset(20_000));
    await page.locator("#cancel-load").click();
    await page.locator(".load-progress").waitFor({ state: "hidden" });
    await page.waitForTimeout(500);
    expect(await page.locator("#problems").isHidden()).toBe(true);
    expect(await page.locator(".dataset-label").textContent()).toContain("Blinken");
    await closePage();
  });

  test("reads well: one h1, then h2 and h3 in order; a skip link; focus kept on a chip; issues link to meetings", async () => {
    await open();
    const levels = await page
      .locator("h1, h2, h3, h4")
      .evaluateAll((els) =>
        els
          .filter((el) => !(el as HTMLElement).closest("[hidden]"))
          .map((el) => Number(el.tagName[1])),
      );
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Skip past the views",
    );
    // The "expected" badge reads at 4.5:1 or more on the page, a row and a hovered row.
    const colour = await page
      .locator('.meeting[data-id="blinken-xi-meeting-2024-04"] span.status')
      .evaluate((el) => getComputedStyle(el).color);
    const luminance = (css: string) => {
      const [r, g, b] = css
        .match(/\d+/g)!
        .slice(0, 3)
        .map((c) => {
          const v = Number(c) / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const background of ["rgb(246, 247, 249)", "rgb(238, 242, 248)", "rgb(255, 255, 255)"])
      expect((luminance(background) + 0.05) / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(
        4.5,
      );
    // A chip in an open row filters, and keeps the focus.
    await page.locator('.meeting[data-id="biden-xi-call-2024-04"] summary').click();
    const chip = page.locator('.meeting[data-id="biden-xi-call-2024-04"] .chip', {
      hasText: "Xi Jinping",
    });
    await chip.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/actor=xi-jinping/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Xi Jinping");
    // "Raised in" entries open the meeting in the timeline.
    await showView("Issues");
    await page.locator(".issue .meeting-link").first().click();
    await page.waitForURL(/#/);
    expect(queryOf().get("view")).toBeNull();
    await page.locator(".meeting.open .meeting-details").waitFor();
    await closePage();
  });
});
