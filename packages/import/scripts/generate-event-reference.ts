import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildEventReference, renderEventReference } from "./event-reference.js";

const dataDir = fileURLToPath(new URL("../../../../shared/data", import.meta.url));
const out = fileURLToPath(new URL("../src/generated/event-reference.ts", import.meta.url));
await writeFile(out, renderEventReference(await buildEventReference(dataDir)));
console.log(`wrote ${out}`);
