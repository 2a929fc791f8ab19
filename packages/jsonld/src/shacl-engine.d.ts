declare module "shacl-engine/Validator.js" {
  /** One result of a shacl-engine report (the parts the tests read). */
  export interface ShaclEngineResult {
    readonly focusNode?: { readonly term?: { readonly value: string } };
    readonly path?: readonly { readonly predicates?: readonly { readonly value: string }[] }[];
    readonly message?: readonly { readonly value: string }[];
  }
  /** shacl-engine's validator (an untyped package; used by the tests only). */
  export default class Validator {
    constructor(shapes: unknown, options: Record<string, unknown>);
    validate(data: {
      dataset: unknown;
    }): Promise<{ conforms: boolean; results: ShaclEngineResult[] }>;
  }
}
declare module "shacl-engine/sparql.js" {
  export const targetResolvers: unknown;
  export const validations: unknown;
}
