/**
 * Preloaded into a spawned CLI (`node --require`): at exit it writes the process's peak resident
 * memory, in bytes, to file descriptor 3, which the test opens as a pipe. Linux's VmHWM, not
 * process.resourceUsage().maxRSS: Linux carries maxRSS over from the process that forked the
 * child (here jest), so it would report jest's peak, not the CLI's.
 */
const { readFileSync, writeSync } = require("node:fs");

process.on("exit", () => {
  let status = "";
  try {
    status = readFileSync("/proc/self/status", "utf8");
  } catch {
    // Not Linux: fall back to maxRSS, which may overstate but never understates.
  }
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  const kb = hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS;
  writeSync(3, String(kb * 1024));
});
