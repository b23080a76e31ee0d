import { Dec } from "../core/decimal";
import { fail } from "../core/errors";
import { parseSwedishNumber } from "../core/parse";
import { Cell } from "./grid";

/**
 * An error cell handed in (the build sets allowErrorForDataTypeAny): the element's result is the
 * same error, as Excel's own functions give, not a message about a non-number.
 */
export class ErrorInput extends Error {
  constructor(
    readonly code: string,
    readonly where: string,
  ) {
    super(`${where} är ${code}`);
  }
}

/**
 * What a cell holds as a plain value. Excel hands error cells in as CustomFunctions.Error
 * (`code` "#N/A") or as an error cell value (`type` "Error"); a formatted number or other cell
 * value carries its value in `basicValue`; a linked data type (stocks, geography, an
 * organisation's own entities) has no single figure, and the user is told how to get one.
 */
function plain(cell: Cell, where: string): Cell {
  if (cell === null || typeof cell !== "object") return cell;
  const o = cell as Record<string, unknown>;
  const code =
    typeof o.code === "string" ? o.code : o.type === "Error" ? String(o.basicValue) : undefined;
  if (code) throw new ErrorInput(code, where);
  if (o.type === "Entity" || o.type === "LinkedEntity")
    fail(
      `cellen innehåller datatypen "${String(o.text ?? "")}", inte ett tal. Hämta talet ur ett fält i den, till exempel =A1.Pris`,
      where,
    );
  const basic = o.basicValue;
  if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean")
    return basic;
  return fail(`cellen innehåller ett värde som inte är ett tal eller en text`, where);
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * An amount from a cell: a number, or a number stored as Swedish text ("-1 234,5"), which is what
 * exports from ledger systems often leave behind. Blank is undefined, never 0. A unit or a percent
 * sign in the text is refused: the function computes in the cells' own unit and cannot know what
 * "tkr" means next to a plain number.
 */
export function readAmount(input: Cell, where: string): Dec | undefined {
  const cell = plain(input, where);
  if (isBlank(cell)) return undefined;
  if (typeof cell === "number") return fromNumber(cell, where);
  if (typeof cell === "string") {
    const p = parseSwedishNumber(cell, where);
    if (p.percent) fail(`"${cell}" är en procentsats, inte ett belopp`, where);
    if (p.unit)
      fail(
        `skriv beloppet utan enhet (${p.unit}): funktionen räknar i cellernas egen enhet`,
        where,
      );
    return p.value;
  }
  return notANumber(cell, where);
}

/** A share: 0,75, "75%" or "75 %". Whether it lies between 0 and 1 is the measure's rule. */
export function readAndel(input: Cell, where: string): Dec | undefined {
  const cell = plain(input, where);
  if (isBlank(cell)) return undefined;
  if (typeof cell === "number") return fromNumber(cell, where);
  if (typeof cell === "string") {
    const p = parseSwedishNumber(cell, where);
    if (p.unit) fail(`"${cell}" är ett belopp, inte en andel`, where);
    return p.value;
  }
  return notANumber(cell, where);
}

/** A choice among Swedish words, case and diacritics forgiven ("Intakt", "INTÄKT"). */
export function readChoice<T>(
  input: Cell,
  where: string,
  choices: Record<string, T>,
): T | undefined {
  const cell = plain(input, where);
  if (isBlank(cell)) return undefined;
  const key = typeof cell === "string" ? fold(cell) : undefined;
  const found =
    key === undefined ? undefined : Object.entries(choices).find(([word]) => fold(word) === key);
  if (found) return found[1];
  const words = Object.keys(choices).map((w) => `"${w}"`);
  const list = `${words.slice(0, -1).join(", ")} eller ${words[words.length - 1]}`;
  return fail(`${show(cell)} är inget giltigt val, använd ${list}`, where);
}

function fold(s: string): string {
  return s.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/** Excel's floats are read as the shortest decimal that round-trips: the figure the user saw. */
function fromNumber(n: number, where: string): Dec {
  if (!Number.isFinite(n)) fail(`${n} är inget tal`, where);
  return new Dec(String(n));
}

function notANumber(cell: Cell, where: string): never {
  return fail(`${show(cell)} är inget tal`, where);
}

function show(cell: Cell): string {
  if (typeof cell === "boolean") return cell ? "SANT" : "FALSKT";
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}
