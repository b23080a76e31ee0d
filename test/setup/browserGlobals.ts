import * as web from "stream/web";
import { TextDecoder, TextEncoder } from "util";

/**
 * jsdom lacks web APIs every browser the add-in runs in has, and which the readers use: streams
 * and DecompressionStream (the zip reader inflates with the platform's own), TextDecoder. Node has
 * them; give them to jsdom's global when it lacks them. Runs before every test file.
 */
const g = globalThis as Record<string, unknown>;
const fill: Record<string, unknown> = {
  TextDecoder,
  TextEncoder,
  ReadableStream: web.ReadableStream,
  WritableStream: web.WritableStream,
  TransformStream: web.TransformStream,
  DecompressionStream: web.DecompressionStream,
  CompressionStream: web.CompressionStream,
};
for (const [name, value] of Object.entries(fill)) g[name] ??= value;
