declare module "virtual:example-records" {
  import type { StatecraftRecord } from "@statecraft/core";

  /** The example's records, read from its YAML at build time (see `vite.config.ts`). */
  const records: StatecraftRecord[];
  export default records;
}
