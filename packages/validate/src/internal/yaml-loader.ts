import type * as PlainYamlReader from "./plain-yaml.js";
import type * as YamlParser from "./yaml.js";

/** The YAML side of validation (parser and locator), loaded on first need. */
export type Yaml = typeof YamlParser;

/** The quick reader of valid YAML documents (js-yaml), loaded on first need. */
export type PlainYaml = typeof PlainYamlReader;

let loaded: Promise<Yaml> | undefined;
let loadedPlain: Promise<PlainYaml> | undefined;

/**
 * Loads the YAML parser (the `yaml` package, the largest dependency) the first time a YAML file
 * needs it — one with problems to locate — so runs over valid files never load or compile it.
 */
export function loadYaml(): Promise<Yaml> {
  loaded ??= import("./yaml.js");
  return loaded;
}

/**
 * Loads the quick YAML reader (see plain-yaml.ts) the first time a YAML file is met, so runs
 * over JSON and NDJSON files never load it.
 */
export function loadPlainYaml(): Promise<PlainYaml> {
  loadedPlain ??= import("./plain-yaml.js");
  return loadedPlain;
}
