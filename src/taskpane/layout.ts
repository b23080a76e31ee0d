import { EkoError } from "../core/errors";
import { Layout } from "../core/layout/model";
import { layoutFromJson, parseLayout } from "../core/layout/validate";

/**
 * The layout saved in the workbook, checked again as a chosen file is: one damaged by hand (or
 * saved by a newer version) is not used, and the pane says so and that the built-in one is used.
 */
export function savedLayout(layout: unknown): { layout?: Layout; notice?: string } {
  if (layout === undefined) return {};
  try {
    return { layout: parseLayout(layout, "arbetsbokens layout") };
  } catch (e) {
    if (!(e instanceof EkoError)) throw e;
    return {
      notice: `Layouten som är sparad i arbetsboken kan inte användas: ${e.message}. Rapporten använder den inbyggda layouten tills du väljer en layoutfil.`,
    };
  }
}

/** A layout file the user chose, read and checked; a problem names the place in the file. */
export async function readLayoutFile(file: File): Promise<Layout> {
  return layoutFromJson(new TextDecoder().decode(await file.arrayBuffer()), file.name);
}

/** The layout in use as a file to download, edit and choose again (the CLI's --write-layout). */
export function layoutBytes(layout: Layout): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(layout, null, 2) + "\n");
}
