import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import path from "path";
import { FakeExcel } from "./fakeExcel";

/** The shipped sample workbook. */
export const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "cdp-sample.xlsx");

let bytes: Buffer | undefined;

/** A fresh exceljs copy of the sample workbook (the file is read once per test file). */
export async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  bytes ??= readFileSync(SAMPLE);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A fresh fake Excel holding the sample workbook. */
export async function sampleExcel(payloadLimit?: number): Promise<FakeExcel> {
  return FakeExcel.fromWorkbook(await sampleWorkbook(), payloadLimit);
}
