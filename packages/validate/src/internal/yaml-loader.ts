import type * as YamlReader from "./yaml.js";

/** The YAML reader (see yaml.ts), loaded on first need. */
export type Yaml = typeof YamlReader;

let loaded: Promise<Yaml> | undefined;

/**
 * Loads the YAML reader (and js-yaml, its parser) the first time a YAML file is met, so runs
 * over JSON and NDJSON files never load or compile it.
 */
export function loadYaml(): Promise<Yaml> {
  loaded ??= import("./yaml.js");
  return loaded;
}
