declare module "shacl-engine/Validator.js" {
  /** shacl-engine's validator (untyped package). */
  export default class Validator {
    constructor(shapes: unknown, options: Record<string, unknown>);
    validate(data: { dataset: unknown }): Promise<{ conforms: boolean; results: any[] }>;
  }
}
declare module "shacl-engine/sparql.js" {
  export const targetResolvers: unknown;
  export const validations: unknown;
}
