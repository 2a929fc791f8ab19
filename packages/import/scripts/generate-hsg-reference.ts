import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildHsgReference, renderHsgReference } from "./hsg-reference.js";

const dataDir = fileURLToPath(new URL("../../../../shared/data", import.meta.url));
const out = fileURLToPath(new URL("../src/generated/hsg-reference.ts", import.meta.url));
await writeFile(out, renderHsgReference(await buildHsgReference(dataDir)));
console.log(`wrote ${out}`);
