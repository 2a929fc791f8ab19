/**
 * `pnpm --filter @statecraft/import check:whole-files`: prints the import report of every
 * importer over its whole ../shared/data folder, and the time it took. The records are validated
 * by packages/cli/test/import-whole-files.test.ts.
 */
import { formatReport } from "../src/index.js";
import { checkWholeFolders, hasSharedData, SHARED_DATA } from "./whole-files.js";

if (!hasSharedData()) {
  console.log(
    `${SHARED_DATA} not found: the whole-file check needs ../shared/data next to the repository; nothing to check.`,
  );
  process.exit(0);
}
for (const result of await checkWholeFolders()) {
  console.log(`${formatReport(result.report)}\n  ${result.seconds.toFixed(2)} s\n`);
}
