import { OfficeMockObject } from "office-addin-mock";

/**
 * A small Excel for the adapter tests: sheets of cells behind an Office.js-shaped object model.
 * Ranges are office-addin-mock objects, so reading a property that was not loaded and synced
 * fails as in Excel; collections insist on load + sync too. Every context.sync is counted, and
 * writes land in the cells only at sync, as in Excel.
 */
export type Cell = string | number | boolean;

export interface FakeSheet {
  name: string;
  cells: Map<string, { v: Cell; f: string }>;
  tables: { name: string; top: number; left: number; bottom: number; right: number }[];
}

interface Created {
  mock: OfficeMockObject & Record<string, unknown>;
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
  loaded: boolean;
  notLoaded: unknown;
  order: number;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  settings = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  syncs = 0;
  /** Cells carried per sync (values and formats as JSON), to see chunks stay under the limit. */
  syncBytes: number[] = [];
  private created: Created[] = [];
  private ops: { order: number; run: () => void }[] = [];
  private order = 0;
  private loadedCollections = new Set<object>();
  private pendingCollections = new Set<object>();

  addSheet(name: string, rows: Cell[][] = [], top = 0, left = 0): FakeSheet {
    const s: FakeSheet = { name, cells: new Map(), tables: [] };
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== "" && s.cells.set(`${top + r},${left + c}`, { v, f: "General" })),
    );
    this.sheets.push(s);
    return s;
  }

  get(sheet: string, row: number, col: number): Cell {
    return this.sheet(sheet).cells.get(`${row},${col}`)?.v ?? "";
  }

  set(sheet: string, row: number, col: number, v: Cell) {
    this.sheet(sheet).cells.set(`${row},${col}`, { v, f: "General" });
  }

  format(sheet: string, row: number, col: number): string {
    return this.sheet(sheet).cells.get(`${row},${col}`)?.f ?? "General";
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  /** Installs global Excel and Office as the adapter sees them. */
  install() {
    const g = globalThis as unknown as Record<string, unknown>;
    g.Excel = { run: async <T>(cb: (context: unknown) => Promise<T>) => cb(this.context()) };
    // Enums are plain values in office.js; only the object model goes through the mock.
    g.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: new OfficeMockObject({
        document: {
          settings: {
            get: (k: string) => this.settings.get(k) ?? null,
            set: (k: string, v: unknown) => void this.settings.set(k, v),
            saveAsync: (cb: (r: { status: string }) => void) => {
              this.saved = new Map(this.settings);
              cb({ status: "succeeded" });
            },
          },
        },
      }),
    };
  }

  private collection<T>(items: () => T[], extra: Record<string, unknown>) {
    const c: Record<string, unknown> = { ...extra };
    let snapshot: T[] = [];
    c.load = () => {
      this.pendingCollections.add(c);
      this.ops.push({ order: this.order++, run: () => (snapshot = items()) });
      return c;
    };
    Object.defineProperty(c, "items", {
      get: () => {
        if (!this.loadedCollections.has(c))
          throw new Error("PropertyNotLoaded: items (load och sync först)");
        return snapshot;
      },
    });
    return c;
  }

  private range(
    sheet: FakeSheet,
    row: number,
    col: number,
    rows: number,
    cols: number,
    isNull = false,
  ): Record<string, unknown> {
    const grid = <T>(f: (cell: { v: Cell; f: string } | undefined) => T) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => f(sheet.cells.get(`${row + r},${col + c}`))),
      );
    const mock = new OfficeMockObject({
      values: grid((x) => x?.v ?? ""),
      numberFormat: grid((x) => x?.f ?? "General"),
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      isNullObject: isNull,
      format: { font: { bold: false } },
    }) as OfficeMockObject & Record<string, unknown>;
    const created: Created = {
      mock,
      sheet,
      row,
      col,
      rows,
      cols,
      loaded: false,
      notLoaded: mock.values,
      order: this.order++,
    };
    this.created.push(created);
    const load = mock.load.bind(mock);
    mock.load = (p: Parameters<typeof load>[0]) => {
      created.loaded = true;
      return load(p);
    };
    mock.clear = () =>
      this.ops.push({
        order: this.order++,
        run: () => {
          for (let r = 0; r < rows; r++)
            for (let c = 0; c < cols; c++) sheet.cells.delete(`${row + r},${col + c}`);
        },
      });
    mock.select = () => undefined;
    mock.getRow = () => ({ format: { font: { bold: false } } });
    return mock;
  }

  private worksheet(s: FakeSheet) {
    return {
      name: s.name,
      activate: () => undefined,
      getUsedRangeOrNullObject: () => {
        const keys = [...s.cells.keys()].map((k) => k.split(",").map(Number));
        if (!keys.length) return this.range(s, 0, 0, 1, 1, true);
        const rs = keys.map((k) => k[0]);
        const cs = keys.map((k) => k[1]);
        const [top, left] = [
          rs.reduce((a, b) => Math.min(a, b)),
          cs.reduce((a, b) => Math.min(a, b)),
        ];
        const [bottom, right] = [
          rs.reduce((a, b) => Math.max(a, b)),
          cs.reduce((a, b) => Math.max(a, b)),
        ];
        return this.range(s, top, left, bottom - top + 1, right - left + 1);
      },
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => this.range(s, r, c, h, w),
    };
  }

  private context() {
    const workbook = {
      worksheets: this.collection(() => this.sheets.map((s) => this.worksheet(s)), {
        getItem: (name: string) => this.worksheet(this.sheet(name)),
        add: (name: string) => this.worksheet(this.addSheet(name)),
      }),
      tables: this.collection(
        () =>
          this.sheets.flatMap((s) =>
            s.tables.map((t) => ({
              name: t.name,
              worksheet: new OfficeMockObject({ name: s.name }),
              getRange: () =>
                this.range(s, t.top, t.left, t.bottom - t.top + 1, t.right - t.left + 1),
            })),
          ),
        {
          getItem: (name: string) => {
            const s = this.sheets.find((x) => x.tables.some((t) => t.name === name));
            const t = s?.tables.find((x) => x.name === name);
            if (!s || !t) throw new Error(`ItemNotFound: ${name}`);
            return {
              getRange: () =>
                this.range(s, t.top, t.left, t.bottom - t.top + 1, t.right - t.left + 1),
            };
          },
        },
      ),
      names: this.collection(() => [...this.names].map(([name, formula]) => ({ name, formula })), {
        getItem: (name: string) => ({
          delete: () =>
            this.ops.push({ order: this.order++, run: () => void this.names.delete(name) }),
        }),
        add: (name: string, range: Record<string, unknown>) => {
          const c = this.created.find((x) => x.mock === range)!;
          const col = (n: number) => String.fromCharCode(65 + n);
          this.ops.push({
            order: this.order++,
            run: () =>
              void this.names.set(
                name,
                `=${c.sheet.name}!$${col(c.col)}$${c.row + 1}:$${col(c.col + c.cols - 1)}$${c.row + c.rows}`,
              ),
          });
        },
      }),
    };
    return { workbook, sync: () => this.sync() };
  }

  private async sync() {
    this.syncs++;
    let bytes = 0;
    const writes = this.created
      .filter((c) => !c.loaded && Array.isArray(c.mock.values) && c.mock.values !== c.notLoaded)
      .map((c) => ({
        order: c.order,
        run: () => {
          const values = c.mock.values as Cell[][];
          const formats = c.mock.numberFormat as string[][] | string;
          values.forEach((row, r) =>
            row.forEach((v, k) => {
              const f = Array.isArray(formats) ? formats[r][k] : "General";
              c.sheet.cells.set(`${c.row + r},${c.col + k}`, { v, f });
            }),
          );
          bytes += JSON.stringify([values, formats]).length;
        },
      }));
    for (const op of [...this.ops, ...writes].sort((a, b) => a.order - b.order)) op.run();
    for (const c of this.created.filter((x) => x.loaded)) {
      await c.mock.sync();
      bytes += JSON.stringify([c.mock.values, c.mock.numberFormat]).length;
    }
    this.pendingCollections.forEach((c) => this.loadedCollections.add(c));
    this.pendingCollections.clear();
    this.syncBytes.push(bytes);
    this.created = [];
    this.ops = [];
  }
}
