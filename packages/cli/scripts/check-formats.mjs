// CI check (.ci/run): every `statecraft validate --format` output parses, JSON follows
// docs/validation-report.schema.json and SARIF follows the SARIF 2.1.0 schema. Runs the built CLI
// on each example dataset (valid; every folder of examples/ is one) and on an invalid fixture.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const validateJson = new Ajv2020({ allErrors: true }).compile(
  read("../../../docs/validation-report.schema.json"),
);
const validateSarif = addFormats(
  new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }),
).compile(read("../test/fixtures/sarif/sarif-2.1.0-rtm.5.json"));

let failed = false;
const examples = readdirSync(new URL("examples/", `file://${root}`), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => [`examples/${entry.name}`, 0]);
for (const [target, wantCode] of [...examples, ["packages/cli/test/fixtures/invalid", 1]]) {
  for (const format of ["pretty", "json", "github", "sarif"]) {
    const run = spawnSync(process.execPath, [cli, "validate", target, "--format", format], {
      cwd: root,
      encoding: "utf8",
    });
    const problems = [];
    if (run.status !== wantCode)
      problems.push(`exit ${run.status}, expected ${wantCode}: ${run.stderr}`);
    if (format === "json" || format === "sarif") {
      let parsed;
      try {
        parsed = JSON.parse(run.stdout);
      } catch (error) {
        problems.push(`output is not JSON: ${error.message}`);
      }
      const check = format === "json" ? validateJson : validateSarif;
      if (parsed !== undefined && !check(parsed))
        problems.push(`does not follow its schema: ${JSON.stringify(check.errors?.slice(0, 3))}`);
    } else if (format === "github") {
      const bad = run.stdout
        .split("\n")
        .filter((l) => l.startsWith("::") && !/^::(error|warning|notice) [^:]*::/.test(l));
      if (bad.length > 0) problems.push(`malformed annotations: ${bad.join(" | ")}`);
    }
    console.log(
      `${problems.length === 0 ? "ok  " : "FAIL"} statecraft validate ${target} --format ${format}${problems.length ? `\n  ${problems.join("\n  ")}` : ""}`,
    );
    failed ||= problems.length > 0;
  }
}
process.exitCode = failed ? 1 : 0;
