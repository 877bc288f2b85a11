import { analyzeTable } from "../../src/app/analyzeTable";
import type { AnalyzeResult } from "../../src/app/analyzeTable";
import type { OutputColumn, TableInfo, WorkbookPort, WrittenColumn } from "../../src/app/ports";
import { previewTable } from "../../src/app/previewTable";
import type { PaneActions } from "../../src/taskpane/paneActions";
import type { SavedChoices } from "../../src/taskpane/savedChoices";

/** A customer table as a matrix, header first, on a sheet of the same name from A1. */
export type Matrix = readonly (readonly unknown[])[];

/** Three customers; E3 holds an amount that is not a number. */
export const TABLE_WITH_ISSUE: Matrix = [
  ["Customer ID", "Name", "Last purchase date", "Purchases", "Total amount"],
  ["C1", "Alpha", "2025-01-13", 1, 1200],
  ["C2", "Beta", "2025-01-20", 1, "n/a"],
  ["C3", "Gamma", "2025-01-23", 1, 300],
];

/** Eight clean customers. */
export const CLEAN_TABLE: Matrix = [
  ["Customer ID", "Last purchase date", "Purchases", "Total amount"],
  ...Array.from({ length: 8 }, (_, i) => [
    `C${i + 1}`,
    `2025-01-${String(10 + i * 2).padStart(2, "0")}`,
    1,
    100 * (i + 1),
  ]),
];

/** No purchase-count column: the "Visits" column has to be chosen for it. */
export const TABLE_WITHOUT_COUNT: Matrix = [
  ["Customer ID", "Last purchase", "Sales", "Visits"],
  ["C1", "2025-01-13", 1200, 1],
  ["C2", "2025-01-23", 300, 1],
];

/** A workbook held as matrices, one sheet per table; writes are kept in memory. */
export class MemoryWorkbook implements WorkbookPort {
  settings: Record<string, unknown> = {};
  readonly tables: Map<string, unknown[][]>;

  constructor(tables: Readonly<Record<string, Matrix>>) {
    this.tables = new Map(Object.entries(tables).map(([id, m]) => [id, m.map((row) => [...row])]));
  }

  private info(id: string): TableInfo {
    const matrix = this.tables.get(id);
    if (!matrix) throw new Error(`no table ${id}`);
    const headers = (matrix[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h)));
    return { id, sheet: id, headerRow: 1, firstColumn: 0, rowCount: Math.max(0, matrix.length - 1), headers };
  }

  async listTables() {
    return [...this.tables.keys()].map((id) => this.info(id));
  }

  async readTable(id: string) {
    const info = this.info(id);
    return { info, matrix: this.tables.get(id)!.map((row) => info.headers.map((_, c) => row[c] ?? null)) };
  }

  async writeColumns(id: string, columns: readonly OutputColumn[]): Promise<WrittenColumn[]> {
    const matrix = this.tables.get(id)!;
    const owned = new Set(((this.settings.ownedColumns ?? {}) as Record<string, string[]>)[id] ?? []);
    return columns.map((column) => {
      let at = matrix[0].findIndex((h) => h === column.header && owned.has(column.header));
      const replaced = at >= 0;
      if (!replaced) at = matrix[0].length;
      matrix[0][at] = column.header;
      column.values.forEach((v, i) => {
        matrix[i + 1][at] = v;
      });
      owned.add(column.header);
      this.settings.ownedColumns = { ...(this.settings.ownedColumns as object), [id]: [...owned] };
      return { requested: column.header, header: column.header, column: at, replaced };
    });
  }

  async writeSheet(content: { name: string }) {
    return content.name;
  }

  async readSettings() {
    return { ...this.settings };
  }

  async writeSettings(settings: Record<string, unknown>) {
    this.settings = { ...settings };
  }
}

/** What Analyze gives for a table, computed by the real use case over a fresh memory workbook. */
export function analysisOf(matrix: Matrix, options: Partial<Parameters<typeof analyzeTable>[1]> = {}) {
  return analyzeTable(new MemoryWorkbook({ Customers: matrix }), { table: "Customers", lang: "en", ...options });
}

/** A promise the test settles when it wants to. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Pane actions for component tests: the table list and previews come from the real `previewTable`
 * over matrices held in memory; Analyze and Build plan are jest mocks that answer like the real
 * ones unless a test gives its own.
 */
export function fakeActions(
  tables: Readonly<Record<string, Matrix>> = { Customers: TABLE_WITH_ISSUE },
  saved: SavedChoices = {},
) {
  const workbook = new MemoryWorkbook(tables);
  const actions = {
    listTables: jest.fn(() => workbook.listTables()),
    previewTable: jest.fn((id: string, options: Parameters<PaneActions["previewTable"]>[1]) =>
      previewTable(workbook, id, options),
    ),
    analyze: jest.fn(
      async (
        request: Parameters<PaneActions["analyze"]>[0],
        onProgress: Parameters<PaneActions["analyze"]>[1],
        _signal: AbortSignal,
      ): Promise<AnalyzeResult> => {
        onProgress({ phase: "read", done: 0, total: 0 });
        return analyzeTable(workbook, {
          table: request.table,
          lang: request.lang,
          read: { mapping: request.mapping, shape: request.shape, ...(request.asOf ? { asOf: request.asOf } : {}) },
          score: {
            rfm: { scheme: request.scheme },
            clv: { method: request.clvMethod },
            priority: { weights: request.weights },
          },
        });
      },
    ),
    buildPlan: jest.fn(async () => "Customer plan"),
    savedChoices: jest.fn(async (): Promise<SavedChoices> => saved),
  };
  return { workbook, actions };
}
