import { rowLabel } from "../checks";
import { Dec } from "../decimal";
import { BuiltReport } from "../report/build";
import { ReportTable, TableId } from "../report/model";
import { Cell, Row } from "../tables/cells";
import { shownValue } from "../layout/print";
import { FigureRef, Paragraph, Sentence } from "./model";
import { AmountStyle } from "./words";

/** A piece of a sentence that is a figure: its text and where it came from. */
export interface Fig {
  text: string;
  ref: Omit<FigureRef, "text">;
}

/** Builds a sentence from text and figures, so every number carries its source. */
export function sentence(...parts: (string | Fig)[]): Sentence {
  const figures: FigureRef[] = [];
  const text = parts
    .map((p) => {
      if (typeof p === "string") return p;
      figures.push({ ...p.ref, text: p.text });
      return p.text;
    })
    .join("");
  return { text, figures };
}

export const paragraph = (...sentences: Sentence[]): Paragraph => ({ style: "text", sentences });
export const bullet = (s: Sentence): Paragraph => ({ style: "bullet", sentences: [s] });

export interface TableCells {
  table: ReportTable;
  rows: Row[];
  /** The layout's unit and decimals for the table's amounts; none for a table without amounts. */
  amounts?: AmountStyle;
}

/** Reads report cells by table, row and column name, with the reference a figure needs. */
export class CellIndex {
  constructor(private readonly report: BuiltReport) {}

  get(id: TableId): TableCells | undefined {
    const table = this.report.tables.find((t) => t.id === id);
    if (!table) return undefined;
    const place = this.report.layout.tables.find((t) => t.id === id);
    const amounts = place?.unit && { unit: place.unit, decimals: place.decimals };
    return { table, rows: this.report.cells[id], ...(amounts ? { amounts } : {}) };
  }

  /**
   * The exact value of a cell, named by its column id, and a figure printing it with `print`
   * (given the cell, with the unit and decimals it is printed in); `zero` when the table shows it
   * as zero.
   */
  figure(
    t: TableCells,
    row: Row,
    column: string,
    print: (exact: Dec, cell: Cell) => string,
  ): { exact: Dec; fig: Fig; zero: boolean } | undefined {
    const at = columnIndex(t.table, column);
    const cell: Cell | undefined = at < 0 ? undefined : row.cells[at];
    if (!cell || cell.exact === undefined) return undefined;
    return {
      exact: cell.exact,
      zero: shownValue(cell)!.isZero(),
      fig: {
        text: print(cell.exact, cell),
        ref: { table: t.table.id, row: rowLabel(row), column: t.table.columns[at] },
      },
    };
  }
}

export const totalRow = (t: TableCells) => t.rows.find((r) => r.kind === "total");
export const dataRows = (t: TableCells) => t.rows.filter((r) => r.kind === "data");

/** Where a column id is in a printed table; -1 when the layout leaves it out. */
export const columnIndex = (t: ReportTable, id: string) => t.columnIds?.indexOf(id) ?? -1;
