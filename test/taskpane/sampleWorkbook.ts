import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";

/** The header of {@link sampleRows}: English names the table reader recognises, plus a free-text column. */
export const SAMPLE_HEADER = ["Customer ID", "Name", "Last purchase date", "Purchases", "Total amount", "Remark"];

/** 24 customers of a summary table; row 5 (C4) has an amount that is not a number. */
export function sampleRows(): unknown[][] {
  const rows: unknown[][] = [SAMPLE_HEADER];
  for (let i = 0; i < 24; i++) {
    const last = new Date(Date.UTC(2025, 0, 1 + ((i * 37) % 360)));
    rows.push([`C${i + 1}`, `Customer ${i + 1}`, last, 1 + (i % 7), i === 3 ? "n/a" : 1000 + i * 250, `note ${i}`]);
  }
  return rows;
}

/** An exceljs workbook with `rows` on sheet `sheet` from A1. */
export function sampleWorkbook(rows: readonly (readonly unknown[])[] = sampleRows(), sheet = "Customers") {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of rows) ws.addRow([...row]);
  return wb;
}

/** The port over {@link sampleWorkbook}. */
export function samplePort(rows?: readonly (readonly unknown[])[], sheet?: string): XlsxWorkbook {
  return new XlsxWorkbook(sampleWorkbook(rows, sheet));
}

/** Every cell value of every sheet, for comparing two workbooks or one before and after. */
export function allCells(wb: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      rows[r - 1] = (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : v));
    });
    out[ws.name] = rows;
  }
  return out;
}
