import { describe, expect, it } from "vitest";
import { toJsonLd } from "../json-ld.js";
import { toNQuadsString } from "../n-quads.js";
import { loadExample } from "./example.js";
import { toRdf } from "./jsonld-client.js";
import { treeCanonical } from "./tree-hash.js";

describe("treeCanonical (the benchmark's isomorphism check)", () => {
  const dataset = loadExample();
  const base = "https://data.example.org/";

  it("finds the jsonld.js and toNQuads graphs of the example equal, as RDFC-1.0 does (linked-data-client.test.ts)", async () => {
    const ours = await toNQuadsString(dataset, { base });
    expect(treeCanonical(ours)).toEqual(treeCanonical(await toRdf(toJsonLd(dataset, { base }))));
    expect(treeCanonical(ours)).toHaveLength(
      ours.trimEnd().split("\n").length - (ours.match(/^_:/gm)?.length ?? 0),
    );
  });

  it("tells graphs apart that differ inside a blank node, or in how many identical ones there are", async () => {
    const ours = await toNQuadsString(dataset, { base });
    const changed = ours.replace('"Secretary of State" .', '"Secretary of Defense" .');
    expect(changed).not.toBe(ours);
    expect(treeCanonical(changed)).not.toEqual(treeCanonical(ours));
    const twin = '<x:a> <x:p> _:a .\n_:a <x:q> "v" .\n';
    expect(treeCanonical(twin + twin.replaceAll("_:a", "_:b"))).not.toEqual(treeCanonical(twin));
  });
});
