/**
 * A suite that needs a program from Debian: run it when the program is there or in CI (where a
 * missing program is the failure it should be); elsewhere skip it and say so in one line.
 */
export function describeIfInstalled(available: boolean, what: string, install: string) {
  if (available || process.env.CI) return describe;
  process.stderr.write(`Hoppar över ${what}: ${install} saknas på den här datorn (krävs i CI).\n`);
  return describe.skip;
}
