/**
 * The few members of Excel's CustomFunctions global that functions.ts touches. In Excel the
 * runtime provides it; here it records what a cell would show, so tests can assert the code and
 * the Swedish message.
 */
class ShimError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsShim(): void {
  Object.assign(globalThis, {
    CustomFunctions: {
      Error: ShimError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        divisionByZero: "#DIV/0!",
        notAvailable: "#N/A",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
      },
      associate: () => undefined,
    },
  });
}
