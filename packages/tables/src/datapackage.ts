import type { Column } from "./column.js";
import type { TableLayout } from "./table-layout.js";

/** A Frictionless Table Schema field. */
export interface DataPackageField {
  /** The column name. */
  readonly name: string;
  /** The Table Schema type. */
  readonly type: string;
  /** The `YYYY-MM-DD` format of dates, `default` otherwise. */
  readonly format?: string;
  /** What the column holds. */
  readonly description: string;
  /** Whether a value is required, and the values allowed. */
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly string[] };
}

/** A Frictionless Tabular Data Resource: one CSV file and its schema. */
export interface DataPackageResource {
  /** The resource name: the table name. */
  readonly name: string;
  /** The CSV file, relative to the descriptor. */
  readonly path: string;
  /** Always `tabular-data-resource`. */
  readonly profile: "tabular-data-resource";
  /** What a row is. */
  readonly description: string;
  /** Always `csv`. */
  readonly format: "csv";
  /** Always `text/csv`. */
  readonly mediatype: "text/csv";
  /** Always `utf-8`. */
  readonly encoding: "utf-8";
  /** The CSV dialect: RFC 4180, header line. */
  readonly dialect: {
    readonly delimiter: ",";
    readonly lineTerminator: "\r\n";
    readonly header: true;
  };
  /** The table schema. */
  readonly schema: {
    readonly fields: readonly DataPackageField[];
    readonly primaryKey: readonly string[];
    readonly foreignKeys: readonly {
      readonly fields: readonly string[];
      readonly reference: { readonly resource: string; readonly fields: readonly string[] };
    }[];
    readonly missingValues: readonly string[];
  };
}

/** A licence or a source of a data package. */
export interface DataPackageLink {
  /** A name (an SPDX id for a licence). */
  readonly name?: string;
  /** A URL. */
  readonly path?: string;
  /** A title. */
  readonly title: string;
}

/** A Frictionless Tabular Data Package descriptor (`datapackage.json`). */
export interface DataPackageDescriptor {
  /** Always `tabular-data-package`. */
  readonly profile: "tabular-data-package";
  /** The package name: lower case, `.`, `-` and `_`. */
  readonly name: string;
  /** A title. */
  readonly title?: string;
  /** A description. */
  readonly description?: string;
  /** The licences of the data. */
  readonly licenses?: readonly DataPackageLink[];
  /** Where the data comes from. */
  readonly sources?: readonly DataPackageLink[];
  /** When the package was made (ISO 8601). */
  readonly created?: string;
  /** The tables. */
  readonly resources: readonly DataPackageResource[];
}

/** Options of {@link dataPackageDescriptor}. */
export interface DataPackageOptions {
  /** The package name; made lower case with `-` for other characters. Default: `statecraft-dataset`. */
  readonly name?: string;
  /** A title, e.g. the dataset's name. */
  readonly title?: string;
  /** A description of the dataset. */
  readonly description?: string;
  /** The data's licence: an SPDX id (`CC-BY-4.0`) or a URL. */
  readonly license?: string;
  /** Where the data comes from (e.g. the `sources` records with a URL, or the imported files). */
  readonly sources?: readonly DataPackageLink[];
  /** The creation time; default none (so the descriptor is reproducible). */
  readonly created?: string;
  /** The file of each table, relative to the descriptor. Default: `<table>.csv`. */
  readonly pathOf?: (table: TableLayout) => string;
}

function fieldOf(column: Column): DataPackageField {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.enum ? { enum: column.enum } : {}),
  };
  return {
    name: column.name,
    type: column.type,
    ...(column.type === "date" ? { format: "default" } : {}),
    description: column.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function licenseOf(license: string): DataPackageLink {
  return /^https?:\/\//.test(license)
    ? { path: license, title: license }
    : {
        name: license,
        path: `https://spdx.org/licenses/${encodeURIComponent(license)}.html`,
        title: license,
      };
}

/**
 * The `datapackage.json` descriptor of tables written as CSV: a Frictionless Tabular Data
 * Package (v1) with each table's schema, primary key and foreign keys.
 *
 * @param tables - The layouts of the tables written (all of {@link TABLES} by default).
 * @param options - Name, title, licence and sources of the package.
 * @returns The descriptor, ready for `JSON.stringify`.
 * @example
 * ```ts
 * const descriptor = dataPackageDescriptor(TABLES, { name: "blinken-china-2024", license: "CC-BY-4.0" });
 * console.log(descriptor.resources.map((resource) => resource.path));
 * ```
 */
export function dataPackageDescriptor(
  tables: readonly TableLayout[],
  options: DataPackageOptions = {},
): DataPackageDescriptor {
  const names = new Set(tables.map((table) => table.name));
  const name = (options.name ?? "statecraft-dataset")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return {
    profile: "tabular-data-package",
    name: name === "" ? "statecraft-dataset" : name,
    ...(options.title ? { title: options.title } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...(options.license ? { licenses: [licenseOf(options.license)] } : {}),
    ...(options.sources && options.sources.length > 0 ? { sources: options.sources } : {}),
    ...(options.created ? { created: options.created } : {}),
    resources: tables.map((table) => ({
      name: table.name,
      path: options.pathOf?.(table) ?? `${table.name}.csv`,
      profile: "tabular-data-resource",
      description: table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: {
        delimiter: ",",
        doubleQuote: true,
        quoteChar: '"',
        lineTerminator: "\r\n",
        header: true,
      },
      schema: {
        fields: table.columns.map(fieldOf),
        primaryKey: table.primaryKey,
        foreignKeys: table.foreignKeys
          .filter((key) => names.has(key.reference.table))
          .map((key) => ({
            fields: key.columns,
            reference: { resource: key.reference.table, fields: key.reference.columns },
          })),
        missingValues: [""],
      },
    })),
  };
}
