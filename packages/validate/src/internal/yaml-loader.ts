import type * as YamlParser from "./yaml.js";

/** The YAML side of validation (parser and locator), loaded on first need. */
export type Yaml = typeof YamlParser;

let loaded: Promise<Yaml> | undefined;

/**
 * Loads the YAML parser (the `yaml` package, the largest dependency) the first time a YAML file
 * is met, so runs over JSON and NDJSON files never load or compile it.
 */
export function loadYaml(): Promise<Yaml> {
  loaded ??= import("./yaml.js");
  return loaded;
}
