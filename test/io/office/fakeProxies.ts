import type { Cell, FakeCell, FakeExcel, FakeSheet } from "./fakeExcel";
import { a1, OfficeError, quoteSheet, sheetNameError } from "./fakeExcel";

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The queue of one Excel.run: requests run in order at sync; the first failure stops the rest. */
export class Batch {
  private ops: (() => void)[] = [];
  /** Bytes of values and formats loaded (the response) and written (the request) in this sync. */
  bytes = 0;
  sent = 0;
  constructor(readonly excel: FakeExcel) {}

  queue(op: () => void) {
    this.ops.push(op);
  }

  async sync() {
    this.excel.syncs++;
    const ops = this.ops;
    this.ops = [];
    this.bytes = 0;
    this.sent = 0;
    try {
      for (const op of ops) op();
    } finally {
      this.excel.syncBytes.push(Math.max(this.bytes, this.sent));
    }
    if (this.sent > PAYLOAD_LIMIT)
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    if (this.bytes > PAYLOAD_LIMIT)
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
  }
}

const notLoaded = (what: string) =>
  new OfficeError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/**
 * A proxy object: `load` queues a snapshot of the named properties, taken when the sync runs
 * it; reading a property before that throws.
 */
class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(
    protected batch: Batch,
    private readonly props: Record<string, () => unknown>,
  ) {
    for (const p of Object.keys(props))
      if (!(p in this))
        Object.defineProperty(this, p, { get: () => this.read(p), configurable: true });
  }

  load(spec?: string | string[]) {
    const wanted = (Array.isArray(spec) ? spec : (spec ?? "").split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    const names = wanted.length ? wanted : Object.keys(this.props);
    this.batch.queue(() => {
      for (const n of names) {
        const get = this.props[n];
        if (!get) throw new OfficeError("InvalidArgument", `Unknown property ${n}.`);
        const v = get();
        this.loaded.set(n, v);
        if (n === "values" || n === "numberFormat") this.batch.bytes += JSON.stringify(v).length;
      }
    });
    return this;
  }

  /** Items of a loaded collection come with the loaded properties (run inside a sync). */
  loadNow(...names: string[]) {
    for (const n of names) this.loaded.set(n, this.props[n]());
    return this;
  }

  protected read(p: string): unknown {
    if (!this.loaded.has(p)) throw notLoaded(p);
    return this.loaded.get(p);
  }
}

type SheetRef = () => FakeSheet;

function guardWrite(sheet: FakeSheet) {
  if (sheet.protected)
    throw new OfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
    );
}

function checkShape(what: string, v: unknown, rows: number, cols: number) {
  if (!Array.isArray(v)) return;
  if (v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols))
    throw new OfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
}

export class FakeRange extends Loadable {
  constructor(
    batch: Batch,
    readonly sheetRef: SheetRef,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
    isNull = false,
  ) {
    const grid = <T>(f: (c: FakeCell | undefined) => T) => {
      const s = sheetRef();
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => f(s.cells.get(`${row + r},${col + c}`))),
      );
    };
    super(batch, {
      values: () => grid((x) => x?.v ?? ""),
      numberFormat: () => grid((x) => x?.f ?? "General"),
      formulas: () => grid((x) => x?.formula ?? x?.v ?? ""),
      rowIndex: () => row,
      columnIndex: () => col,
      rowCount: () => rows,
      columnCount: () => cols,
      address: () => `${quoteSheet(sheetRef().name)}!${a1(row, col).replace(/\$/g, "")}`,
      isNullObject: () => isNull,
    });
  }

  private write(what: string, v: unknown, set: (c: FakeCell, x: unknown) => void) {
    this.batch.queue(() => {
      const s = this.sheetRef();
      guardWrite(s);
      checkShape(what, v, this.rows, this.cols);
      this.batch.sent += JSON.stringify(v).length;
      for (let r = 0; r < this.rows; r++)
        for (let c = 0; c < this.cols; c++) {
          const key = `${this.row + r},${this.col + c}`;
          const cell = s.cells.get(key) ?? { v: "", f: "General" };
          set(cell, Array.isArray(v) ? v[r][c] : v);
          if (cell.v === "" && cell.f === "General" && !cell.bold && !cell.formula)
            s.cells.delete(key);
          else s.cells.set(key, cell);
        }
    });
  }

  get values(): Cell[][] {
    return this.read("values") as Cell[][];
  }
  set values(v: Cell[][]) {
    this.write("values", v, (cell, x) => {
      delete cell.formula;
      cell.v = x as Cell;
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat") as string[][];
  }
  set numberFormat(v: string[][]) {
    this.write("numberFormat", v, (cell, x) => (cell.f = String(x)));
  }

  get format() {
    const font = {};
    Object.defineProperty(font, "bold", {
      set: (b: boolean) => this.write("bold", b, (cell) => (cell.bold = b)),
    });
    return { font };
  }

  getRow(i: number) {
    return new FakeRange(this.batch, this.sheetRef, this.row + i, this.col, 1, this.cols);
  }

  clear() {
    this.batch.queue(() => {
      const s = this.sheetRef();
      guardWrite(s);
      for (let r = 0; r < this.rows; r++)
        for (let c = 0; c < this.cols; c++) s.cells.delete(`${this.row + r},${this.col + c}`);
    });
  }

  select() {
    this.batch.queue(() => void this.sheetRef());
  }

  /** The formula cells as one RangeAreas: only its address and isNullObject are offered. */
  getSpecialCellsOrNullObject(type: string) {
    if (type !== "Formulas") throw new Error(`fake: ${type}`);
    let cached: string[] | undefined;
    const cells = () => (cached ??= find());
    const find = () => {
      const s = this.sheetRef();
      const out: string[] = [];
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(",").map(Number);
        if (
          c.formula &&
          r >= this.row &&
          r < this.row + this.rows &&
          col >= this.col &&
          col < this.col + this.cols
        )
          out.push(`${quoteSheet(s.name)}!${a1(r, col).replace(/\$/g, "")}`);
      }
      return out;
    };
    return new (class extends Loadable {})(this.batch, {
      address: () => cells().join(","),
      isNullObject: () => cells().length === 0,
    });
  }
}

export class FakeWorksheet extends Loadable {
  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
  ) {
    super(batch, { name: () => ref().name });
  }

  get protection() {
    return new (class extends Loadable {})(this.batch, { protected: () => this.ref().protected });
  }

  activate() {
    this.batch.queue(() => void this.ref());
  }

  getRangeByIndexes(r: number, c: number, h: number, w: number) {
    return new FakeRange(this.batch, this.ref, r, c, h, w);
  }

  getUsedRangeOrNullObject() {
    let cached: { b?: ReturnType<typeof measure> } | undefined;
    const bounds = () => (cached ??= { b: measure() }).b;
    const measure = () => {
      const keys = [...this.ref().cells.keys()].map((k) => k.split(",").map(Number));
      if (!keys.length) return undefined;
      const rs = keys.map((k) => k[0]);
      const cs = keys.map((k) => k[1]);
      const top = rs.reduce((a, b) => Math.min(a, b));
      const left = cs.reduce((a, b) => Math.min(a, b));
      return {
        top,
        left,
        rows: rs.reduce((a, b) => Math.max(a, b)) - top + 1,
        cols: cs.reduce((a, b) => Math.max(a, b)) - left + 1,
      };
    };
    const rangeOf = (r: number, c: number, h: number, w: number) =>
      this.getRangeByIndexes(r, c, h, w);
    return new (class extends Loadable {
      getSpecialCellsOrNullObject(type: string) {
        const b = bounds();
        return rangeOf(
          b?.top ?? 0,
          b?.left ?? 0,
          b?.rows ?? 1,
          b?.cols ?? 1,
        ).getSpecialCellsOrNullObject(type);
      }
    })(this.batch, {
      isNullObject: () => !bounds(),
      rowIndex: () => bounds()?.top ?? 0,
      columnIndex: () => bounds()?.left ?? 0,
      rowCount: () => bounds()?.rows ?? 1,
      columnCount: () => bounds()?.cols ?? 1,
    });
  }
}

/** A collection: `load` snapshots its items at sync; `items` before that throws. */
class Collection<T> {
  private snapshot?: T[];
  constructor(
    protected batch: Batch,
    private readonly list: () => T[],
  ) {}
  load() {
    this.batch.queue(() => (this.snapshot = this.list()));
    return this;
  }
  get items(): T[] {
    if (!this.snapshot) throw notLoaded("items");
    return this.snapshot;
  }
}

class ClientResult<T> {
  private done = false;
  private v?: T;
  constructor(batch: Batch, get: () => T) {
    batch.queue(() => {
      this.v = get();
      this.done = true;
    });
  }
  get value(): T {
    if (!this.done) throw notLoaded("value");
    return this.v as T;
  }
}

export class FakeContext {
  readonly workbook: Record<string, unknown>;

  constructor(
    private readonly excel: FakeExcel,
    private readonly batch: Batch,
  ) {
    const b = batch;
    const sheetOf = (name: string) => () => excel.sheet(name);
    const worksheet = (name: string) => new FakeWorksheet(b, sheetOf(name));
    const loadedSheet = (s: FakeSheet) => worksheet(s.name).loadNow("name");
    const tableRange = (name: string) => () => {
      const s = excel.sheets.find((x) => x.tables.some((t) => t.name === name));
      const t = s?.tables.find((x) => x.name === name);
      if (!s || !t) throw new OfficeError("ItemNotFound", `No table ${name}.`);
      return { s, t };
    };
    const rangeOfTable = (name: string) => {
      const { s, t } = tableRange(name)();
      return new FakeRange(b, () => s, t.top, t.left, t.bottom - t.top + 1, t.right - t.left + 1);
    };

    const worksheets = Object.assign(new Collection(b, () => excel.sheets.map(loadedSheet)), {
      getItem: worksheet,
      add: (name: string) => {
        b.queue(() => {
          if (excel.structureProtected)
            throw new OfficeError("AccessDenied", "The workbook structure is protected.");
          const wrong = sheetNameError(name);
          if (wrong) throw new OfficeError("InvalidArgument", wrong);
          if (excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
            throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
          excel.addSheet(name);
        });
        return worksheet(name);
      },
    });

    const names = Object.assign(
      new Collection(b, () =>
        [...excel.names].map(([name, formula]) => ({ name, formula, type: "Range" })),
      ),
      {
        getItem: (name: string) => ({
          delete: () =>
            b.queue(() => {
              if (!excel.names.delete(name))
                throw new OfficeError("ItemNotFound", `No name ${name}.`);
            }),
        }),
        add: (name: string, range: FakeRange) =>
          b.queue(() => {
            if (excel.names.has(name))
              throw new OfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
            const s = range.sheetRef();
            const end = a1(range.row + range.rows - 1, range.col + range.cols - 1);
            excel.names.set(name, `=${quoteSheet(s.name)}!${a1(range.row, range.col)}:${end}`);
          }),
      },
    );

    const part = (id: string) => {
      const find = () => {
        const p = excel.customXml.find((x) => x.id === id);
        if (!p) throw new OfficeError("ItemNotFound", `No custom XML part ${id}.`);
        return p;
      };
      return {
        id,
        getXml: () => new ClientResult(b, () => find().xml),
        setXml: (xml: string) => b.queue(() => void (find().xml = xml)),
        delete: () =>
          b.queue(() => void (excel.customXml = excel.customXml.filter((x) => x !== find()))),
      };
    };
    const customXmlParts = {
      add: (xml: string) => {
        const id = excel.newId();
        b.queue(() => void excel.customXml.push({ id, xml }));
        return part(id);
      },
      getByNamespace: (ns: string) =>
        new Collection(b, () =>
          excel.customXml.filter((p) => p.xml.includes(`xmlns="${ns}"`)).map((p) => part(p.id)),
        ),
    };

    this.workbook = {
      worksheets,
      names,
      customXmlParts,
      protection: new (class extends Loadable {})(b, {
        protected: () => excel.structureProtected,
      }),
      tables: Object.assign(
        new Collection(b, () =>
          excel.sheets.flatMap((s) =>
            s.tables.map((t) => ({
              name: t.name,
              worksheet: loadedSheet(s),
              getRange: () => rangeOfTable(t.name),
            })),
          ),
        ),
        {
          getItem: (name: string) => ({
            getRange: () => {
              // The table is looked up when the request runs; a missing one fails the sync.
              const r = new FakeRange(b, () => tableRange(name)().s, 0, 0, 1, 1);
              return r;
            },
          }),
        },
      ),
    };
  }

  sync() {
    return this.batch.sync();
  }
}
