import { link, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOutputOverInput } from "./same-file.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "statecraft-same-"));
  await mkdir(join(dir, "data"));
  await writeFile(join(dir, "data", "people.yaml"), "[]");
  await symlink(join(dir, "data"), join(dir, "alias"));
  await link(join(dir, "data", "people.yaml"), join(dir, "hard.yaml"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("findOutputOverInput", () => {
  it.each<[string, string, boolean]>([
    ["the same path", "data/people.yaml", true],
    ["through ..", "data/../data/people.yaml", true],
    ["through a symbolic link to the folder", "alias/people.yaml", true],
    ["a hard link", "hard.yaml", true],
    ["another file in the folder", "data/other.yaml", false],
    ["a file not there yet", "out/people.yaml", false],
  ])("%s", async (_, output, clash) => {
    const found = await findOutputOverInput([join(dir, output)], [join(dir, "data/people.yaml")]);
    expect(found !== undefined).toBe(clash);
  });

  it("finds a new file's clash through a symbolic link to its folder", async () => {
    const found = await findOutputOverInput(
      [join(dir, "alias", "new.yaml")],
      [join(dir, "data", "new.yaml")],
    );
    expect(found).toEqual({
      output: join(dir, "alias", "new.yaml"),
      input: join(dir, "data", "new.yaml"),
    });
  });
});
