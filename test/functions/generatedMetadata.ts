import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";

/**
 * Runs the generator that custom-functions-metadata-plugin runs at build time, straight on the
 * source, so the JSDoc contract Excel sees is tested without a webpack build (the build test in
 * test/addin checks that dist/functions.json is this same JSON).
 */
export async function metadata() {
  const result = await generateCustomFunctionsMetadata(
    [join(__dirname, "../../src/functions/functions.ts")],
    false,
  );
  return { errors: result.errors, json: JSON.parse(result.metadataJson) as Metadata };
}

export interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: {
      name: string;
      description?: string;
      optional?: boolean;
      dimensionality?: string;
    }[];
    result: { dimensionality?: string };
  }[];
}
