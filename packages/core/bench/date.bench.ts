// Prints throughput figures for the hot paths of @statecraft/core: partial-date parsing and
// structural validation of records. Run with `pnpm --filter @statecraft/core bench`.
import { performance } from "node:perf_hooks";
import { parsePartialDate, RecordSchema } from "../src/index.js";

function measure(label: string, count: number, run: () => void): void {
  run(); // warm up
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(44)} ${(count / (ms / 1000)).toFixed(0).padStart(12)} /s  (${count} in ${ms.toFixed(1)} ms)`,
  );
}

const dates = [
  "2024",
  "2024-04",
  "2024-04-24",
  "2024-04-24T10:30:00+08:00",
  "2024-04~",
  "2024-04-24/2024-04-26",
  "2024-04/..",
];
const N = 200_000;
measure("parsePartialDate (mixed forms)", N, () => {
  for (let i = 0; i < N; i++) parsePartialDate(dates[i % dates.length] ?? "2024");
});

const meeting = {
  id: "m",
  type: "meeting",
  kind: "bilateral",
  status: "held",
  title: "Talks",
  date: "2024-04-26",
  location: { city: "Beijing", state: "china" },
  participants: [
    {
      actor: "antony-blinken",
      role: "visitor",
      capacity: "Secretary of State",
      attendance: "attended",
    },
    { actor: "xi-jinping", role: "host", capacity: "President", attendance: "attended" },
  ],
  agenda: [{ issue: "taiwan-question" }],
  sources: [
    {
      source: "ap-2024-04-21",
      quote: "Talks between Blinken and Chinese President Xi Jinping are expected",
    },
  ],
};
const M = 50_000;
measure("RecordSchema.safeParse (meeting)", M, () => {
  for (let i = 0; i < M; i++) RecordSchema.safeParse(meeting);
});
