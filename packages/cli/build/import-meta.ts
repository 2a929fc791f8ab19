// Injected into the CommonJS bundles (tsup.config.ts): `import.meta.url` there becomes
// `importMeta.url`, the bundle's own file URL, computed only when read (it locates the
// validation worker), instead of at every start as tsup's shim does.
import { pathToFileURL } from "node:url";

export const importMeta = {
  get url(): string {
    return pathToFileURL(__filename).href;
  },
};
