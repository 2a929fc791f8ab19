import { describe, expect, it } from "vitest";
import { forEachReference, recordReferences } from "./record-references.js";
import type { ReferenceTarget } from "./reference-field.js";
import { loadExample } from "./test-utils/example.js";

describe("recordReferences", () => {
  it("finds every reference of a meeting with its JSON Pointer and target", () => {
    const refs = recordReferences({
      id: "m",
      type: "meeting",
      kind: "bilateral",
      status: "held",
      title: "Talks",
      location: { state: "china" },
      participants: [
        { actor: "a", role: "host", attendance: "attended", representing: "usa" },
        { actor: "b", role: "visitor", attendance: "attended" },
      ],
      parent: "trip",
      agenda: [{ issue: "taiwan", sources: [{ source: "s2" }] }],
      outcomes: [{ description: "x", issues: ["i1", "i2"] }],
      sources: [{ source: "s1" }],
    });
    expect(refs.map((r) => [r.pointer, r.id, r.target.type, r.target.kinds?.join(",")])).toEqual(
      expect.arrayContaining([
        ["/sources/0/source", "s1", "source", undefined],
        ["/location/state", "china", "actor", "state"],
        ["/participants/0/actor", "a", "actor", undefined],
        ["/participants/0/representing", "usa", "actor", "state,organization"],
        ["/participants/1/actor", "b", "actor", undefined],
        ["/parent", "trip", "meeting", undefined],
        ["/agenda/0/issue", "taiwan", "issue", undefined],
        ["/agenda/0/sources/0/source", "s2", "source", undefined],
        ["/outcomes/0/issues/0", "i1", "issue", undefined],
        ["/outcomes/0/issues/1", "i2", "issue", undefined],
      ]),
    );
    expect(refs).toHaveLength(10);
  });

  it("distinguishes same-named fields by record shape", () => {
    const org = recordReferences({
      id: "o",
      type: "actor",
      kind: "organization",
      name: "X",
      organizationKind: "ministry",
      parent: "p",
    });
    const issue = recordReferences({
      id: "i",
      type: "issue",
      name: "X",
      category: "trade",
      parent: "p",
    });
    expect(org[0]?.target).toEqual({ type: "actor", kinds: ["organization"] });
    expect(issue[0]?.target).toEqual({ type: "issue" });
  });

  it("escapes pointer segments and ignores values of the wrong shape", () => {
    expect(recordReferences({ type: "meeting", participants: "nope", parent: 42 })).toEqual([]);
    expect(recordReferences({ type: "nonsense", parent: "x" })).toEqual([]);
  });

  it("never reads inherited properties", () => {
    const record = Object.create({ parent: "inherited" }) as Record<string, unknown>;
    record.type = "meeting";
    expect(recordReferences(record)).toEqual([]);
  });
});

describe("forEachReference", () => {
  const visited = (record: Record<string, unknown>) => {
    const out: { id: string; target: ReferenceTarget; field: string }[] = [];
    forEachReference(record, (id, target, field) => out.push({ id, target, field }));
    return out;
  };
  /** A pointer with its list indexes as `*`, which is what `field` holds. */
  const fieldOf = (pointer: string): string => pointer.slice(1).replace(/\/\d+(?=\/|$)/g, "/*");

  it("visits what recordReferences lists, in the same order, for every example record", () => {
    const records = loadExample();
    expect(records.length).toBeGreaterThan(10);
    let total = 0;
    for (const record of records) {
      const expected = recordReferences(record);
      total += expected.length;
      expect(visited(record)).toEqual(
        expected.map((r) => ({ id: r.id, target: r.target, field: fieldOf(r.pointer) })),
      );
    }
    expect(total).toBeGreaterThan(50);
  });

  it("names each reference's field with `*` for list items", () => {
    const refs = visited({
      type: "issue",
      positions: [{ actor: "usa", stance: "oppose", sources: [{ source: "s1" }] }],
    });
    expect(refs.map((r) => [r.field, r.id])).toEqual(
      expect.arrayContaining([
        ["positions/*/actor", "usa"],
        ["positions/*/sources/*/source", "s1"],
      ]),
    );
  });

  it("ignores values of the wrong shape and inherited properties", () => {
    expect(visited({ type: "meeting", participants: "nope", parent: 42 })).toEqual([]);
    const record = Object.create({ parent: "inherited" }) as Record<string, unknown>;
    record.type = "meeting";
    expect(visited(record)).toEqual([]);
  });
});
