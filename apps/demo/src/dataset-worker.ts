/**
 * The dataset worker: checks the user's files with `@statecraft/validate` (parsed once, records
 * collected), prepares the records for the views (`prepareRecords`), and sends them to the page
 * in small chunks, so that no step of a large load blocks the page for long. The page shows the
 * progress it reports, and ends the worker to cancel. See `dataset-loader.ts` for the other end.
 */

import type { WorkerReply, WorkerRequest } from "./dataset-protocol.js";
import { exportDataset } from "./export.js";
import { PreparedDataset, prepareRecords } from "./prepared-dataset.js";
import { recordsOnShow } from "./records-on-show.js";
import { validateFiles } from "./validation.js";

/** Records per message: small enough that the page reads each one in a few milliseconds (1,000 took 60–250 ms on a loaded machine). */
const CHUNK = 250;

const post = (reply: WorkerReply) => postMessage(reply);

addEventListener("message", async (event: MessageEvent<WorkerRequest>) => {
  try {
    const bytes = event.data.files.reduce((sum, file) => sum + file.size, 0);
    post({
      type: "progress",
      step: `Checking ${bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`}`,
      fraction: 0.05,
    });
    const files = await Promise.all(
      event.data.files.map(async (file, i) => ({
        name: event.data.names[i] ?? file.name,
        text: await file.text(),
      })),
    );
    const result = await validateFiles(files);
    const { problems, omitted, valid } = result;
    if (!valid || result.records.length === 0) {
      post({ type: "done", problems, omitted, valid, records: result.records.length });
      return;
    }
    post({
      type: "progress",
      step: `Preparing ${result.records.length.toLocaleString("en")} records`,
      fraction: 0.6,
    });
    const prepared = prepareRecords(result.records);
    const exporting = event.data.export;
    if (exporting) {
      post({ type: "progress", step: "Writing JSON-LD", fraction: 0.8 });
      const dataset = new PreparedDataset();
      dataset.add(prepared);
      const file = await exportDataset(recordsOnShow(dataset, exporting.filters), exporting.name);
      post({ type: "exported", file });
      return;
    }
    for (let start = 0; start < prepared.length; start += CHUNK) {
      post({ type: "records", chunk: prepared.slice(start, start + CHUNK) });
      post({
        type: "progress",
        step: "Drawing",
        fraction: 0.8 + (0.2 * Math.min(prepared.length, start + CHUNK)) / prepared.length,
      });
    }
    post({ type: "done", problems, omitted, valid, records: prepared.length });
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
});
