import { fileURLToPath } from "node:url";

/**
 * The `packages/core` directory, which the reference data's inputs and outputs are relative to
 * (this module lives in `packages/core/scripts/reference`).
 */
export const PACKAGE_ROOT: string = fileURLToPath(new URL("../..", import.meta.url));
