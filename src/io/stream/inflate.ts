import { EkoError } from "../../core/errors";
import { grouped, mb } from "../limits";
import { dataStart, ReadAt, unreadable, ZipDirectory, ZipEntry, ZipKind } from "../zip";

/** How much one file may unpack to, per entry and in all, by the sizes its entries declare. */
export interface ZipLimits {
  entry: number;
  total: number;
  /** What the user can do about a refused file, the end of the message. */
  advice: string;
  kind: ZipKind;
}

/** Compressed bytes handed to the inflater at a time. */
const INPUT_CHUNK = 256 * 1024;

/** Thrown inside the inflater's loop; `stream` turns it into the Swedish message. */
class Refused extends Error {}

/**
 * Unpacks entries of one zip within its limits. The sizes the directory declares are checked
 * against the limits before an entry is unpacked, and the bytes that actually come out of the
 * inflater are counted against the declared size, stopping as soon as an entry gives more: a
 * valid zip's directory gives each entry's exact size (APPNOTE 4.4.9, which its CRC-32 checks),
 * so only a broken or a made-up file passes it. A bomb that lies about its sizes is thereby
 * stopped at the size that passed the limits; counted against the limits alone, a lying sheet
 * ran on to 1,5 GB in the browser's worker (86 s for a 3 GB one). The inflater is the
 * platform's own: `DecompressionStream("deflate-raw")` in the browser and its workers, Node's
 * zlib in the CLI (the same zlib, without web streams' cost per chunk). It gives its output in
 * chunks and only as fast as they are read (a bomb never gets ahead of the count), and it ran at
 * zlib's speed where fflate, in JavaScript, took 1,5–2,5 times as long (README, "Stora
 * huvudböcker").
 */
export class Unpacker {
  private inflated = 0;
  private readonly byName = new Map<string, ZipEntry>();
  /** Entries inflated so far, so that `checkAll` inflates each entry once. */
  private readonly done = new Set<ZipEntry>();

  constructor(
    private readonly read: ReadAt,
    readonly dir: ZipDirectory,
    readonly name: string,
    readonly limits: ZipLimits,
    /** Compressed bytes read at a time; a stored entry's chunks are this size (the tests vary it). */
    private readonly chunk = INPUT_CHUNK,
    private readonly inflate: Inflate = inflateWeb,
  ) {
    for (const e of dir.list) this.byName.set(e.name.toLowerCase(), e);
  }

  /** Part names in a package are case-insensitive (ECMA-376 part 2, 9.1.1). */
  entry(path: string): ZipEntry | undefined {
    return this.byName.get(path.replace(/^\//, "").toLowerCase());
  }

  /** Hands the entry's bytes to `onChunk` as they are inflated; `progress` gets compressed bytes read. */
  async stream(
    e: ZipEntry,
    /** A promise it returns (a writer deflating what it reads, and behind) is awaited. */
    onChunk: (chunk: Uint8Array) => unknown,
    progress?: (compressedRead: number) => void,
    entryLimit = this.limits.entry,
  ): Promise<void> {
    const limit = Math.min(entryLimit, this.limits.total);
    if (e.declared > limit || this.inflated + e.declared > this.limits.total)
      throw this.refusal(e, entryLimit);
    if (e.method !== 0 && e.method !== 8)
      throw unreadable(
        this.name,
        `delen ${e.name} är packad på ett sätt som inte stöds (metod ${e.method}).`,
        this.limits.kind,
      );
    this.done.add(e);
    let own = 0;
    const take = (chunk: Uint8Array) => {
      own += chunk.length;
      this.inflated += chunk.length;
      if (own > e.declared) throw new Refused();
      return onChunk(chunk);
    };
    const start = dataStart(this.read, e, this.name, this.limits.kind);
    const chunk = this.chunk;
    const compressed = (function* (read: ReadAt, name: string, kind: ZipKind) {
      for (let at = 0; at < e.compressed;) {
        const n = Math.min(chunk, e.compressed - at);
        const bytes = read(start + at, n);
        if (bytes.length < n)
          throw unreadable(
            name,
            `delen ${e.name} är avkortad. Hämta eller spara filen på nytt.`,
            kind,
          );
        at += n;
        progress?.(at);
        yield bytes;
      }
    })(this.read, this.name, this.limits.kind);
    try {
      if (e.method === 0)
        for (const bytes of compressed) {
          const behind = take(bytes);
          if (behind instanceof Promise) await behind;
        }
      else await this.inflate(compressed, take);
    } catch (x) {
      if (x instanceof Refused) throw this.lie(e);
      if (x instanceof EkoError) throw x;
      throw unreadable(
        this.name,
        `delen ${e.name} går inte att packa upp (${(x as Error).message}). Hämta eller spara filen på nytt.`,
        this.limits.kind,
      );
    }
  }

  /** The whole entry in memory, for the small parts (workbook, styles, shared strings). */
  async bytes(e: ZipEntry, entryLimit = this.limits.entry): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let length = 0;
    await this.stream(e, (c) => (chunks.push(c), (length += c.length)), undefined, entryLimit);
    if (chunks.length === 1) return chunks[0];
    const all = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) all.set(c, (at += c.length) - c.length);
    return all;
  }

  /**
   * Inflates every listed entry not inflated yet and throws the bytes away: the check before
   * handing the file to a library (exceljs, pizzip) that reads the same directory but counts
   * nothing.
   */
  async checkAll(): Promise<void> {
    for (const e of this.dir.list) if (!this.done.has(e)) await this.stream(e, () => {});
  }

  /** The size the zip declared is the limit its lie passed. */
  private lie(e: ZipEntry): EkoError {
    const declared = e.declared < 1024 * 1024 ? `${grouped(e.declared)} byte` : mb(e.declared);
    return new EkoError(
      `${this.name} packas upp till mer än zip-filen uppger: delen ${e.name} ger mer än de ${declared} som står i dess innehållsförteckning. ` +
        `Filen läses inte, så att minnet inte tar slut. Spara filen på nytt och försök igen.`,
    );
  }

  private refusal(e: ZipEntry, entryLimit: number): EkoError {
    const whole = !(e.declared > entryLimit && entryLimit < this.limits.total);
    const limit = whole
      ? `${this.name} packas upp till mer än ${mb(this.limits.total)} (delen ${e.name} säger sig ge ${mb(e.declared)}); gränsen är ${mb(this.limits.total)}.`
      : `delen ${e.name} i ${this.name} packas upp till ${mb(e.declared)}; gränsen för en del är ${mb(entryLimit)}.`;
    return new EkoError(
      `${limit} Filen läses inte, så att minnet inte tar slut. ${this.limits.advice}`,
    );
  }
}

/**
 * Inflates compressed slices (raw deflate), handing each piece of output to `take` as it comes
 * and only as fast as `take` returns; when `take` throws (a limit passed) it stops there.
 */
export type Inflate = (
  input: Iterable<Uint8Array>,
  take: (chunk: Uint8Array) => unknown,
) => Promise<void>;

/**
 * Runs compressed slices through a DecompressionStream, reading its output as it comes. When
 * `take` throws (a limit passed) both sides are cancelled, so inflation stops there. The CLI
 * passes Node's zlib itself instead (src/io/inflateNode.ts).
 */
export const inflateWeb: Inflate = async (input, take) => {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  let failed: unknown;
  const feed = (async () => {
    try {
      for (const bytes of input) {
        await writer.ready;
        if (failed) return;
        void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
      }
      await writer.close();
    } catch (x) {
      failed ??= x;
      await writer.abort(x).catch(() => {});
    }
  })();
  // The next chunk is asked for before this one is scanned, so the inflater works while the
  // scanner does; one chunk ahead keeps a bomb's lead to a chunk.
  let next = reader.read();
  try {
    for (;;) {
      const { value, done } = await next;
      if (done) break;
      next = reader.read();
      const behind = take(value);
      if (behind instanceof Promise) await behind;
    }
  } catch (x) {
    failed ??= x;
    next.catch(() => {});
    await reader.cancel().catch(() => {});
  }
  await feed;
  if (failed) throw failed;
};
