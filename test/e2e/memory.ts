import { readdirSync, readFileSync } from "fs";

export interface ProcessPeak {
  pid: number;
  name: string;
  /** Peak resident memory (Linux's VmHWM), in bytes. */
  peak: number;
}

/**
 * The living processes descended from this one (the browser playwright launched, its zygote,
 * its renderers, where a page and its Web Workers run, its GPU and utility processes) with each
 * one's peak resident memory. Read from /proc, so Linux only: elsewhere it finds none, and a test
 * that needs it fails rather than passes without measuring.
 */
export function descendantPeaks(root = process.pid): ProcessPeak[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // The name in parentheses may hold spaces and parentheses; the parent pid follows the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(Number(entry));
  }
  const peaks: ProcessPeak[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    queue.push(...(children.get(pid) ?? []));
    const status = read(`/proc/${pid}/status`);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    if (hwm)
      peaks.push({
        pid,
        name: /Name:\s+(.*)/.exec(status)?.[1] ?? "",
        peak: Number(hwm[1]) * 1024,
      });
  }
  return peaks;
}

/** A process that ended between listing and reading reads as empty. */
function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
