import Decimal from "decimal.js";

/**
 * Our own Decimal constructor: enough precision for any ratio of öre amounts, and rounding
 * half away from zero (ROUND_HALF_UP in decimal.js terms), which is how the reports round.
 * A clone, so that nothing else loaded in the same page can change it under us.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;
