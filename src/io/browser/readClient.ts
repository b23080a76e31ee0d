import { EkoError } from "../../core/errors";
import { ReadReply, ReadRequest, SheetReader } from "./readProtocol";

let worker: Worker | undefined;
let next = 0;

/**
 * Reads a workbook in the worker (`read-worker.js`, beside the pane's own script). The bytes are
 * copied, not transferred: the page keeps them to write the report back into the file.
 */
export const readInWorker: SheetReader = (data, name, progress, only, mapping) => {
  worker ??= new Worker(new URL("read-worker.js", document.baseURI));
  const w = worker;
  const id = ++next;
  return new Promise((resolve, reject) => {
    const onMessage = ({ data: reply }: MessageEvent<ReadReply>) => {
      if (reply.id !== id) return;
      if ("progress" in reply) return progress?.(reply.progress);
      w.removeEventListener("message", onMessage);
      if ("sheets" in reply) resolve(reply);
      else reject(reply.user ? new EkoError(reply.error) : new Error(reply.error));
    };
    w.addEventListener("message", onMessage);
    const bytes = data.slice().buffer;
    w.postMessage({ id, bytes, name, only, mapping } satisfies ReadRequest, [bytes]);
  });
};
