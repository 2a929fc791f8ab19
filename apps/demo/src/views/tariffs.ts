/**
 * Tariffs: who imposes what on whom, on which products and on what legal basis, with the rate
 * schedule drawn as a step chart over time and listed as a table.
 */
import { dateBounds, dutyInForce, formatDuty, type Tariff } from "@statecraft/core";
import { h, s } from "../dom.js";
import { dutyLabel, exporterLabel, formatDate, words } from "../format.js";
import { percentOf, type RateSchedule, rateSchedule } from "../tariff-schedule.js";
import { timeScale } from "../time-scale.js";
import { citationList } from "./citations.js";
import { actorName, issueName, type ViewContext } from "./context.js";

const W = 640;
const H = 220;
const M = { left: 48, right: 20, top: 28, bottom: 34 };

/** The step chart, when every dated step has a percentage; else `null` (the table says it all). */
function chart(tariff: Tariff, schedule: RateSchedule): SVGElement | null {
  const steps = schedule.steps.filter((step, i) => step.from !== undefined || i === 0);
  const rates = steps.map((step) => percentOf(step.duty));
  if (steps.length === 0 || rates.some((rate) => rate === undefined)) return null;
  const dated = [
    ...steps.flatMap((step) => (step.from ? [step.from] : [])),
    ...schedule.events.map((e) => e.date),
  ];
  if (dated.length === 0) return null;
  const scale = timeScale(
    dated.map((date) => dateBounds(date)),
    8,
  );
  const maxRate = Math.max(...(rates as number[]), 1);
  const x = (at: number) => M.left + scale.position(at) * (W - M.left - M.right);
  const y = (rate: number) => H - M.bottom - (rate / (maxRate * 1.15)) * (H - M.top - M.bottom);
  const endX = schedule.ends ? x(dateBounds(schedule.ends).earliest) : W - M.right;

  const segments: { x1: number; x2: number; rate: number }[] = [];
  steps.forEach((step, i) => {
    const x1 = step.from ? x(dateBounds(step.from).earliest) : M.left;
    const next = steps[i + 1]?.from;
    const x2 = next ? x(dateBounds(next).earliest) : endX;
    segments.push({ x1, x2: Math.max(x1, Math.min(x2, endX)), rate: rates[i]! });
  });
  let d = "";
  for (const [i, seg] of segments.entries())
    d += `${i === 0 ? "M" : "L"}${seg.x1.toFixed(1)},${y(seg.rate).toFixed(1)}H${seg.x2.toFixed(1)}`;

  const description = segments.map((seg, i) => `${steps[i]!.label}: ${seg.rate}%`).join("; ");
  return s(
    "svg",
    {
      class: "rate-chart",
      viewBox: `0 0 ${W} ${H}`,
      role: "img",
      "aria-label": `Rate over time for ${tariff.title}. ${description}.`,
    },
    s("line", {
      class: "axis-line",
      x1: M.left,
      x2: W - M.right,
      y1: H - M.bottom,
      y2: H - M.bottom,
    }),
    scale.ticks.map((tick) =>
      s(
        "text",
        {
          class: "tick-label",
          x: x(tick.at).toFixed(1),
          y: H - M.bottom + 18,
          "text-anchor": "middle",
        },
        tick.label,
      ),
    ),
    [0, maxRate].map((rate) =>
      s(
        "text",
        { class: "tick-label", x: M.left - 6, y: y(rate) + 4, "text-anchor": "end" },
        `${rate}%`,
      ),
    ),
    schedule.events.map((event) => {
      const ex = x(dateBounds(event.date).earliest);
      // Keep the label inside the chart: anchor it away from the nearer edge.
      const anchor = ex < W * 0.25 ? "start" : ex > W * 0.75 ? "end" : "middle";
      return s(
        "g",
        { class: `event event-${event.kind}` },
        s("line", { x1: ex, x2: ex, y1: M.top - 8, y2: H - M.bottom }),
        s(
          "text",
          { x: ex, y: M.top - 12, "text-anchor": anchor },
          `${event.kind} ${formatDate(event.date)}`,
        ),
      );
    }),
    s("path", { class: "rate-line", d }),
    segments.map((seg) =>
      s(
        "text",
        {
          class: "rate-label",
          x: ((seg.x1 + seg.x2) / 2).toFixed(1),
          y: y(seg.rate) - 8,
          "text-anchor": "middle",
        },
        `${seg.rate}%`,
      ),
    ),
  );
}

function tariffCard(ctx: ViewContext, tariff: Tariff): HTMLElement {
  const schedule = rateSchedule(tariff);
  const names = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => actorName(ctx.index, id)).join(", ");
  const today = new Date().toISOString().slice(0, 10);
  const now = dutyInForce(tariff, today);
  const headingId = `tariff-${tariff.id}`;
  return h(
    "article",
    { class: "tariff card", "aria-labelledby": headingId, "data-id": tariff.id },
    h("h3", { id: headingId }, tariff.title),
    h(
      "p",
      { class: "meta" },
      `${words(tariff.measure)}${tariff.stage ? ` (${words(tariff.stage)})` : ""} · ${words(tariff.status)} · ${actorName(ctx.index, tariff.imposer)} on ${names(tariff.targets)}`,
      tariff.exclusions?.length ? ` (except ${names(tariff.exclusions)})` : null,
    ),
    tariff.description ? h("p", null, tariff.description) : null,
    chart(tariff, schedule),
    h(
      "table",
      { class: "schedule" },
      h(
        "caption",
        null,
        "Rate schedule",
        now ? ` — in force today (${formatDate(today)}): ${dutyLabel(now, tariff.baseDuty)}` : null,
      ),
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          h("th", { scope: "col" }, "Step"),
          h("th", { scope: "col" }, "From"),
          h("th", { scope: "col" }, "Duty"),
        ),
      ),
      h(
        "tbody",
        null,
        schedule.steps.map((step) =>
          h(
            "tr",
            null,
            h("th", { scope: "row" }, step.label),
            h("td", null, step.from ? formatDate(step.from) : "—"),
            h("td", null, formatDuty(step.duty)),
          ),
        ),
      ),
    ),
    h(
      "dl",
      { class: "facts" },
      tariff.productDescription || tariff.products?.length
        ? [
            h("dt", null, "Products"),
            h(
              "dd",
              null,
              tariff.productDescription ?? null,
              tariff.products?.length
                ? h(
                    "ul",
                    null,
                    tariff.products.map((p) =>
                      h(
                        "li",
                        null,
                        h("code", null, `${p.scheme} ${p.version ? `${p.version} ` : ""}${p.code}`),
                        p.description ? ` ${p.description}` : null,
                      ),
                    ),
                  )
                : null,
            ),
          ]
        : null,
      tariff.legalBasis
        ? [
            h("dt", null, "Legal basis"),
            h(
              "dd",
              null,
              [
                tariff.legalBasis.authority,
                tariff.legalBasis.instrument,
                tariff.legalBasis.citation,
              ]
                .filter(Boolean)
                .join(" — "),
            ),
          ]
        : null,
      schedule.events.length > 0
        ? [
            h("dt", null, "Dates"),
            h(
              "dd",
              null,
              schedule.events.map((event) => `${event.kind} ${formatDate(event.date)}`).join(" · "),
            ),
          ]
        : null,
      tariff.companyRates?.length
        ? [
            h("dt", null, "Company rates"),
            h(
              "dd",
              null,
              h(
                "ul",
                null,
                tariff.companyRates.map((rate) =>
                  h(
                    "li",
                    null,
                    `${exporterLabel(rate, (id) => actorName(ctx.index, id))}: ${formatDuty(rate.duty)}`,
                  ),
                ),
              ),
            ),
          ]
        : null,
      tariff.excludedProducts?.length
        ? [
            h("dt", null, "Excluded products"),
            h(
              "dd",
              null,
              tariff.excludedProducts
                .map((p) => `${p.scheme} ${p.version ? `${p.version} ` : ""}${p.code}`)
                .join(", "),
            ),
          ]
        : null,
      tariff.supersedes
        ? [
            h("dt", null, "Follows"),
            h("dd", null, ctx.index.getOf("tariff", tariff.supersedes)?.title ?? tariff.supersedes),
          ]
        : null,
      tariff.issues?.length
        ? [
            h("dt", null, "Issues"),
            h("dd", null, tariff.issues.map((id) => issueName(ctx.index, id)).join(", ")),
          ]
        : null,
    ),
    tariff.sources?.length
      ? [h("h4", null, "Sources"), citationList(ctx.index, tariff.sources)]
      : null,
  );
}

/** Renders the selected tariffs. */
export function tariffsView(ctx: ViewContext): HTMLElement {
  const tariffs = ctx.selection.tariffs;
  if (tariffs.length === 0)
    return h(
      "p",
      { class: "empty" },
      ctx.index.ofType("tariff").length === 0
        ? "This dataset has no tariffs."
        : "No tariffs match the filters.",
    );
  return h(
    "div",
    { class: "tariffs-view cards" },
    tariffs.map((tariff) => tariffCard(ctx, tariff)),
  );
}
