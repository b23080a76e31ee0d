import { deflateRawSync } from "node:zlib";
import { inflateNode } from "../../src/io/inflateNode";
import { inflateWeb, Unpacker } from "../../src/io/stream/inflate";
import { bytesAt, WORKBOOK, zipDirectory } from "../../src/io/zip";
import { zipOf } from "./stream/zipWriter";

const MB = 1024 * 1024;

/** Text that compresses about as a sheet does, not as zeros. */
const text = Buffer.from(
  Array.from(
    { length: 40_000 },
    (_, i) => `<c r="D${i}"><v>${(i * 7919) % 100003}.${i % 100}</v></c>`,
  ).join(""),
);

async function collect(inflate: typeof inflateNode, input: Uint8Array[]) {
  const out: Uint8Array[] = [];
  await inflate(input, (c) => out.push(c.slice()));
  return Buffer.concat(out);
}

describe("the CLI's inflater (Node's zlib, no web streams)", () => {
  it("gives the bytes the platform's DecompressionStream gives, fed in slices of any size", async () => {
    const deflated = deflateRawSync(text);
    const slices = [997, 4096, deflated.length].map((n) =>
      Array.from({ length: Math.ceil(deflated.length / n) }, (_, k) =>
        deflated.subarray(k * n, (k + 1) * n),
      ),
    );
    const web = await collect(inflateWeb, [deflated]);
    expect(web.equals(text)).toBe(true);
    for (const input of slices) expect((await collect(inflateNode, input)).equals(text)).toBe(true);
  });

  it("stops as soon as an entry gives more than it declares, having handed on no more than that", async () => {
    const zeros = deflateRawSync(Buffer.alloc(8 * MB), { level: 9 });
    const bytes = zipOf([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: zeros, size: 1000 },
    ]);
    const read = bytesAt(bytes);
    const limits = { entry: 1 * MB, total: 4 * MB, advice: "", kind: WORKBOOK };
    const zip = new Unpacker(
      read,
      zipDirectory(read, bytes.length, "b"),
      "b.xlsx",
      limits,
      undefined,
      inflateNode,
    );
    let delivered = 0;
    await expect(
      zip.stream(zip.entry("xl/worksheets/sheet1.xml")!, (c) => (delivered += c.length)),
    ).rejects.toThrow(
      "b.xlsx packas upp till mer än zip-filen uppger: delen xl/worksheets/sheet1.xml ger mer än de 1 000 byte som står i dess innehållsförteckning.",
    );
    expect(delivered).toBeLessThanOrEqual(1000);
  });

  it("says a part cannot be unpacked when its bytes are not deflate", async () => {
    const bytes = zipOf([
      {
        name: "xl/workbook.xml",
        data: Buffer.alloc(0),
        deflated: Buffer.from("inte deflate alls, bara text"),
        size: 10,
      },
    ]);
    const read = bytesAt(bytes);
    const limits = { entry: MB, total: MB, advice: "", kind: WORKBOOK };
    const zip = new Unpacker(
      read,
      zipDirectory(read, bytes.length, "t"),
      "trasig.xlsx",
      limits,
      undefined,
      inflateNode,
    );
    await expect(zip.bytes(zip.entry("xl/workbook.xml")!)).rejects.toThrow(
      /^trasig\.xlsx kan inte läsas som en \.xlsx-fil: delen xl\/workbook\.xml går inte att packa upp \(.+\)\. Hämta eller spara filen på nytt\./,
    );
  });

  it("passes on the error of the input it is fed (a file cut short) without waiting for more", async () => {
    const deflated = deflateRawSync(text);
    function* cut() {
      yield deflated.subarray(0, 1000);
      throw new Error("avkortad");
    }
    await expect(inflateNode(cut(), () => {})).rejects.toThrow("avkortad");
  });
});
