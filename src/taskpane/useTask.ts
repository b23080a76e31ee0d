import { useState } from "react";
import { Progress } from "../io/output/port";
import { userMessage } from "./messages";

/** What the pane is doing now, what went wrong (and what to do), and what was just done. */
export interface StatusState {
  busy?: { text: string; done?: number };
  error?: string;
  done?: string;
}

export interface Tasks {
  status: StatusState;
  /** Runs a job with its progress shown; an error becomes a Swedish message, never a crash. */
  run: (text: string, job: () => Promise<void>) => Promise<void>;
  progress: Progress;
  say: (done: string) => void;
  clear: () => void;
}

/** One status for the whole pane, shown next to the action bar of whichever step is on screen. */
export function useTasks(): Tasks {
  const [status, setStatus] = useState<StatusState>({});
  async function run(text: string, job: () => Promise<void>) {
    setStatus({ busy: { text } });
    try {
      await job();
      setStatus((s) => ({ done: s.done }));
    } catch (e) {
      setStatus({ error: userMessage(e) });
    }
  }
  return {
    status,
    run,
    progress: (text, done) => setStatus((s) => ({ ...s, busy: { text, done } })),
    say: (done) => setStatus((s) => ({ ...s, done })),
    clear: () => setStatus({}),
  };
}
