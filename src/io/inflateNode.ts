import { createInflateRaw, ZlibOptions } from "node:zlib";
import { Inflate } from "./stream/inflate";

/**
 * Output chunks of 1 MB, 64 times zlib's default: each chunk is a hand-over between zlib's thread
 * and the scanner, and on a loaded machine a hand-over cost as much as inflating the chunk. A
 * million-row sheet (220 MB) inflated and counted in 0,2 s in 1 MB chunks, 0,4–0,5 s in 64 kB and
 * 1,2 s in 16 kB ones.
 */
const CHUNK = 1024 * 1024;
/**
 * How far zlib may inflate ahead of the scanner: with one chunk ahead, the scanner waited for
 * zlib's thread to be scheduled again at nearly every chunk on a loaded machine (a million-row
 * read took 1,5 times its processor time). A bomb gets no further ahead of the count than this.
 */
const AHEAD = 8 * CHUNK;

/**
 * Node's zlib itself, for the CLI. Node's DecompressionStream wraps the same zlib in web streams,
 * whose promises per 16 kB chunk took a quarter of a million-row ledger's read (README, "Stora
 * huvudböcker"). The stream holds at most `AHEAD` bytes ahead of the scanner, so zlib inflates on
 * its thread while the scanner reads, and a bomb gets no further than that before the count stops it.
 */
export const inflateNode: Inflate = async (input, take) => {
  // zlib hands stream options on to its Transform (node's lib/zlib.js); its types leave them out.
  const z = createInflateRaw({ chunkSize: CHUNK, readableHighWaterMark: AHEAD } as ZlibOptions);
  let failed: unknown;
  const feed = (async () => {
    try {
      for (const bytes of input) {
        if (z.destroyed) return;
        if (!z.write(bytes))
          await new Promise<void>((resume) => {
            const go = () => {
              z.off("drain", go);
              z.off("close", go);
              resume();
            };
            z.on("drain", go);
            z.on("close", go);
          });
      }
      z.end();
    } catch (x) {
      failed ??= x;
      z.destroy();
    }
  })();
  try {
    // A plain view: Uint8Array's own indexOf, which the scanner leans on, is faster than Buffer's.
    for await (const chunk of z as AsyncIterable<Buffer>)
      take(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
  } catch (x) {
    failed ??= x;
  } finally {
    z.destroy();
    await feed;
  }
  if (failed) throw failed;
};
