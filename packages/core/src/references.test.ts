import { describe, expect, it } from "vitest";
import { recordReferences } from "./references.js";

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
