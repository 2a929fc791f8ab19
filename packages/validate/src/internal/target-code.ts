/**
 * A reference's target (the record type and actor kinds its field requires, and whether it is an
 * issue position's actor) packed into a small integer, the same in every thread, so that record
 * summaries carry one number per reference.
 *
 * @module
 */
import { RECORD_TYPES, type RecordType, type ReferenceTarget } from "@statecraft/core";

const KIND_BITS = { person: 1, state: 2, organization: 4 } as const;
/** Set in a target code when the reference is the `actor` of an issue position. */
const POSITION_ACTOR_BIT = 1 << 8;

/** Encodes a reference target (and whether it is a position's actor) as a small integer, the same in every thread. */
export function targetCode(target: ReferenceTarget, positionActor: boolean): number {
  let code = RECORD_TYPES.indexOf(target.type) << 3;
  for (const kind of target.kinds ?? []) code |= KIND_BITS[kind];
  return positionActor ? code | POSITION_ACTOR_BIT : code;
}

/** What a reference must resolve to, decoded from its {@link targetCode}. */
export interface DecodedTarget {
  /** The record type the field requires. */
  readonly type: RecordType;
  /** The actor kinds allowed, when the field requires an actor of some kinds only; else empty. */
  readonly kinds: readonly ("person" | "state" | "organization")[];
  /** Whether the reference is the `actor` of an issue's position. */
  readonly positionActor: boolean;
}

/** Decoded target codes, by code (there are a few hundred at most, and every reference has one). */
const decoded: (DecodedTarget | undefined)[] = [];

/** Decodes {@link targetCode} (each code once; the result is shared). */
export function decodeTarget(code: number): DecodedTarget {
  let target = decoded[code];
  if (target === undefined) {
    const type = RECORD_TYPES[(code >> 3) & 7]!;
    const kinds = (Object.keys(KIND_BITS) as (keyof typeof KIND_BITS)[]).filter(
      (k) => code & KIND_BITS[k],
    );
    target = { type, kinds, positionActor: (code & POSITION_ACTOR_BIT) !== 0 };
    decoded[code] = target;
  }
  return target;
}
