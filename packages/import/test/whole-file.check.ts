/**
 * `pnpm --filter @statecraft/import check:whole-files`: prints the import report and the
 * validation result for every importer over its whole ../shared/data folder. Exit code 1 on any
 * problem or undocumented warning, 0 otherwise (and when ../shared/data is absent).
 */
import { formatReport } from "../src/index.js";
import { checkWholeFolders, hasSharedData, SHARED_DATA } from "./whole-files.js";

if (!hasSharedData()) {
  console.log(
    `${SHARED_DATA} not found: the whole-file check needs ../shared/data next to the repository; nothing to check.`,
  );
  process.exit(0);
}
let failed = false;
for (const result of await checkWholeFolders()) {
  console.log(formatReport(result.report));
  const validation =
    result.problems === undefined
      ? "by @statecraft/validate in packages/cli/test/import-whole-files.test.ts"
      : `${result.problems.length} errors`;
  console.log(
    `  validation: ${validation}; undocumented warnings: ${result.undocumented.length}; ${result.seconds.toFixed(2)} s\n`,
  );
  const problems = result.problems ?? [];
  for (const line of [...problems.slice(0, 20), ...result.undocumented]) console.log(`  ! ${line}`);
  failed ||= problems.length > 0 || result.undocumented.length > 0;
}
process.exit(failed ? 1 : 0);
