/// <reference lib="webworker" />
/**
 * The task pane's workbook reader, off the page's thread (bundled by webpack as
 * `read-worker.js`): a large workbook inflates and parses here while the pane stays responsive
 * and shows progress. The same streaming reader as the CLI (src/io/stream/); the sheets cross to
 * the page as plain data, a large ledger column by column in typed arrays that are handed over,
 * not copied; zip limits and messages are the CLI's.
 */
import { EkoError } from "../../core/errors";
import { ReadReply, ReadRequest, readSheets, transferables } from "./readProtocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async ({ data }: MessageEvent<ReadRequest>) => {
  const { id, name, only, mapping } = data;
  const bytes = new Uint8Array(data.bytes);
  const reply = (r: ReadReply, transfer: Transferable[] = []) => scope.postMessage(r, transfer);
  let last = -1;
  try {
    // A message per percent is plenty for a progress bar.
    const progress = (share: number) => {
      const percent = Math.floor(share * 100);
      if (percent !== last) reply({ id, progress: (last = percent) / 100 });
    };
    const read = await readSheets(bytes, name, progress, only, mapping);
    reply({ id, ...read }, transferables(read));
  } catch (e) {
    reply({ id, error: (e as Error).message, user: e instanceof EkoError });
  }
};
