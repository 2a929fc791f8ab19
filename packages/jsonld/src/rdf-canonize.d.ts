declare module "rdf-canonize" {
  /** Canonicalises an RDF dataset (RDFC-1.0). */
  export function canonize(
    input: string | object,
    options: {
      algorithm: "RDFC-1.0";
      inputFormat?: "application/n-quads";
      format?: "application/n-quads";
      maxWorkFactor?: number;
    },
  ): Promise<string>;
}
