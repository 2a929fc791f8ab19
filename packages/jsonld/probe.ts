import { loadExample } from "./src/test-utils/example.js";
import { toNQuadsString } from "./src/index.js";
const ds = loadExample();
const nq = await toNQuadsString(ds, { base: "https://data.example.org/blinken/" });
console.log(nq.split("\n").filter(l => l.includes("blinken-china-visit-2024-04>") || l.startsWith("_:b1") ).slice(0, 40).join("\n"));
console.log(nq.split("\n").filter(l => /data.example.org\/blinken\/[a-z_]+>/.test(l) && false).length);
