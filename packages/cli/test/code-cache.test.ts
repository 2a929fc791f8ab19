import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE, run } from "./run.js";

// The command bundles are run through V8's code cache (src/code-cache.ts). What users can rely
// on: the cache is written where asked, reused, repaired when damaged, and never changes what a
// run prints or its exit code, even when it cannot be read or written.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "statecraft-code-cache-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function validate(env: NodeJS.ProcessEnv) {
  return run(["validate", EXAMPLE], { env: { ...process.env, NO_COLOR: undefined, ...env } });
}

function entries(cache: string): string[] {
  return readdirSync(cache).sort();
}

describe("the compile cache", () => {
  it("is written by the first run of a command and reused by the next", () => {
    const cache = join(dir, "cache");
    const first = validate({ STATECRAFT_COMPILE_CACHE: cache });
    expect(first.code).toBe(0);
    const [entry, ...others] = entries(cache);
    expect(others).toEqual([]);
    expect(entry).toMatch(/^validate-.*\.v8$/);
    const file = join(cache, entry!);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = readFileSync(file);
    expect(written.length).toBeGreaterThan(10_000);

    const second = validate({ STATECRAFT_COMPILE_CACHE: cache });
    expect(second).toEqual(first);
    // Accepted, so not rewritten.
    expect(readFileSync(file).equals(written)).toBe(true);
    expect(entries(cache)).toEqual([entry]);
  });

  it("keeps one entry per command", () => {
    const cache = join(dir, "cache");
    expect(validate({ STATECRAFT_COMPILE_CACHE: cache }).code).toBe(0);
    expect(
      run(["schema", "meeting"], { env: { ...process.env, STATECRAFT_COMPILE_CACHE: cache } }).code,
    ).toBe(0);
    expect(entries(cache).map((name) => name.split("-")[0])).toEqual(["schema", "validate"]);
  });

  it("replaces a damaged entry, and the run is unaffected", () => {
    const cache = join(dir, "cache");
    const clean = validate({ STATECRAFT_COMPILE_CACHE: cache });
    const [entry] = entries(cache);
    const file = join(cache, entry!);
    const garbage = Buffer.alloc(readFileSync(file).length, 0x5a);
    writeFileSync(file, garbage);
    const again = validate({ STATECRAFT_COMPILE_CACHE: cache });
    expect(again).toEqual(clean);
    expect(readFileSync(file).equals(garbage)).toBe(false);
  });

  it("keeps the newest entries of other builds of a bundle, up to four", () => {
    const cache = join(dir, "cache");
    mkdirSync(cache);
    const others = Array.from({ length: 6 }, (_, i) => `validate-${i}-2-3-4-v0.0.0-x64.v8`);
    for (const [i, name] of others.entries()) {
      writeFileSync(join(cache, name), "another build");
      // Written one minute apart, the last one newest.
      const time = new Date(Date.now() - (others.length - i) * 60_000);
      utimesSync(join(cache, name), time, time);
    }
    writeFileSync(join(cache, "export-1-2-3-4-v0.0.0-x64.v8"), "another command");
    expect(validate({ STATECRAFT_COMPILE_CACHE: cache }).code).toBe(0);
    const names = entries(cache);
    expect(names).toContain("export-1-2-3-4-v0.0.0-x64.v8");
    expect(names.filter((name) => others.includes(name))).toEqual(others.slice(2));
    expect(names.filter((name) => name.startsWith("validate-"))).toHaveLength(5);
  });

  it.each([
    ["STATECRAFT_COMPILE_CACHE=0", { STATECRAFT_COMPILE_CACHE: "0" }],
    ["STATECRAFT_COMPILE_CACHE=off", { STATECRAFT_COMPILE_CACHE: "off" }],
    ["NODE_DISABLE_COMPILE_CACHE=1", { NODE_DISABLE_COMPILE_CACHE: "1" }],
  ])("is not used with %s", (_, env) => {
    // Point the default location (the user's cache folder) into the test's folder.
    const home = join(dir, "home");
    const result = validate({ ...env, HOME: home, XDG_CACHE_HOME: join(home, ".cache") });
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("lives in the user's cache folder by default", () => {
    const xdg = join(dir, "xdg");
    const result = validate({ STATECRAFT_COMPILE_CACHE: undefined, XDG_CACHE_HOME: xdg });
    expect(result.code).toBe(0);
    expect(entries(join(xdg, "statecraft-nodejs", "compile-cache"))).toHaveLength(1);
  });

  it("never fails a run when it cannot be written or read", () => {
    const blocked = join(dir, "not-a-folder");
    writeFileSync(blocked, "a file where the cache folder would be");
    const expected = validate({ STATECRAFT_COMPILE_CACHE: "0" });
    expect(validate({ STATECRAFT_COMPILE_CACHE: blocked })).toEqual(expected);

    // An entry that is a folder (with something in it) can be neither read nor replaced,
    // whoever runs the tests (file modes would not stop root).
    const first = join(dir, "first");
    validate({ STATECRAFT_COMPILE_CACHE: first });
    const [entry] = entries(first);
    const broken = join(dir, "broken");
    mkdirSync(join(broken, entry!), { recursive: true });
    writeFileSync(join(broken, entry!, "keep"), "");
    expect(validate({ STATECRAFT_COMPILE_CACHE: broken })).toEqual(expected);
    expect(entries(broken)).toEqual([entry]);
  });
});
