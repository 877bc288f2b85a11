import { columnLetters } from "../../core/issues";
import { attribute } from "./packageXml";
import { columnOfReference } from "./cellXml";
import { PackageNotEditable } from "./packageNotEditable";

/** Cells to put into some columns over a run of rows of a worksheet part. */
export interface ColumnPatch {
  /** First sheet row to change, 1-based (the header row of a table). */
  readonly firstRow: number;
  /** Last sheet row to change, 1-based. */
  readonly lastRow: number;
  /** The 0-based sheet columns written, ascending. */
  readonly columns: readonly number[];
  /** The `<c>` element of a sheet row and the i-th of {@link columns}, or "" for a blank cell. */
  cell(row: number, index: number): string;
}

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
/** The reference attribute of a start tag (`r="B7"`, `r="7"`). */
const REFERENCE = /\sr="([^"]*)"/;

function reference(element: string, from = 0): string | undefined {
  return REFERENCE.exec(element.slice(from, element.indexOf(">", from) + 1))?.[1];
}
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/**
 * A worksheet part with the cells of some columns replaced over a run of rows: every other cell,
 * row and element stays as it was, byte for byte. A row the part lacks is added in order; a
 * changed row loses its optional `spans` hint; the `<dimension>` grows to cover the new cells.
 *
 * Method: one pass over the `<row>` elements. In a row whose last cell lies left of the written
 * columns (the usual case: new columns right of a table) the new cells are appended; otherwise
 * the row's cells are split, the written columns' old cells dropped and the rest merged with the
 * new ones by column. Complexity: linear in the part's length.
 *
 * @throws {PackageNotEditable} for a row or cell without its reference (`r`), which the editor
 *   does not number itself
 *
 * @example
 * patchSheetColumns(`…<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>…`,
 *   { firstRow: 1, lastRow: 1, columns: [1], cell: () => `<c r="B1"><v>2</v></c>` })
 * // => `…<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>…`
 */
export function patchSheetColumns(sheetXml: string, patch: ColumnPatch): string {
  const { firstRow, lastRow, columns } = patch;
  if (columns.length === 0 || lastRow < firstRow) return sheetXml;
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(sheetXml);
  if (!open) throw new PackageNotEditable("The worksheet part has no sheetData.");
  const bodyStart = open.index + open[0].length;
  const selfClosed = open[1] === "/";
  const bodyEnd = selfClosed ? bodyStart : sheetXml.indexOf("</sheetData>", bodyStart);
  if (bodyEnd < 0) throw new PackageNotEditable("The worksheet part's sheetData is not closed.");
  const body = sheetXml.slice(bodyStart, bodyEnd);
  const written = new Set(columns);
  const firstWritten = columns[0];

  const out: string[] = [];
  let next = firstRow; // the next row of the run not yet written
  let copiedTo = 0;
  ROW.lastIndex = 0;
  for (let match = ROW.exec(body); match; match = ROW.exec(body)) {
    const rowXml = match[0];
    const r = Number(reference(rowXml));
    if (!Number.isInteger(r) || r < 1) throw new PackageNotEditable("A row has no reference.");
    if (r < firstRow) continue;
    out.push(body.slice(copiedTo, match.index));
    copiedTo = match.index + rowXml.length;
    for (; next < r && next <= lastRow; next++) out.push(newRow(next, patch));
    if (r > lastRow) {
      out.push(rowXml);
      continue;
    }
    next = r + 1;
    out.push(patchRow(rowXml, r, patch, written, firstWritten));
  }
  out.push(body.slice(copiedTo));
  const tail: string[] = [];
  for (; next <= lastRow; next++) tail.push(newRow(next, patch));
  // Rows after the last row in the part: appended (the loop above already placed rows between).
  const newBody = insertTail(out, tail);
  const head = selfClosed
    ? `${sheetXml.slice(0, open.index)}<sheetData${open[0].slice(10, -2)}>`
    : sheetXml.slice(0, bodyStart);
  const rest = selfClosed ? `</sheetData>${sheetXml.slice(bodyStart)}` : sheetXml.slice(bodyEnd);
  return grownDimension(head, patch) + newBody + rest;
}

/** The body's pieces with new rows placed after the last row element (before trailing whitespace). */
function insertTail(pieces: string[], tail: string[]): string {
  if (tail.length === 0) return pieces.join("");
  const last = pieces.pop() ?? "";
  return pieces.join("") + last.replace(/\s*$/, (space) => tail.join("") + space);
}

function newRow(row: number, patch: ColumnPatch): string {
  let cells = "";
  for (let i = 0; i < patch.columns.length; i++) cells += patch.cell(row, i);
  return cells === "" ? "" : `<row r="${row}">${cells}</row>`;
}

function patchRow(rowXml: string, row: number, patch: ColumnPatch, written: Set<number>, firstWritten: number): string {
  let added = "";
  for (let i = 0; i < patch.columns.length; i++) added += patch.cell(row, i);
  const startEnd = rowXml.indexOf(">") + 1;
  const selfClosed = rowXml.endsWith("/>") && startEnd === rowXml.length;
  const startTag = (selfClosed ? `${rowXml.slice(0, -2)}>` : rowXml.slice(0, startEnd)).replace(/\sspans="[^"]*"/, "");
  if (selfClosed) return added === "" ? rowXml : `${startTag}${added}</row>`;
  const inner = rowXml.slice(startEnd, rowXml.length - "</row>".length);
  const lastCell = inner.lastIndexOf("<c ");
  if (lastCell < 0 && !/<c\b/.test(inner)) return `${startTag}${inner}${added}</row>`;
  if (lastCell >= 0) {
    const last = reference(inner, lastCell);
    if (last !== undefined && columnOfReference(last) < firstWritten) {
      const end = cellEnd(inner, lastCell);
      return `${startTag}${inner.slice(0, end)}${added}${inner.slice(end)}</row>`;
    }
  }
  return `${startTag}${mergedCells(inner, row, patch, written)}</row>`;
}

/** The index just after the cell element starting at `start`. */
function cellEnd(inner: string, start: number): number {
  const tagEnd = inner.indexOf(">", start);
  if (inner[tagEnd - 1] === "/") return tagEnd + 1;
  return inner.indexOf("</c>", tagEnd) + "</c>".length;
}

/** A row's cells with the written columns' old cells dropped and the new ones merged in by column. */
function mergedCells(inner: string, row: number, patch: ColumnPatch, written: Set<number>): string {
  const kept: { column: number; xml: string }[] = [];
  let other = "";
  let copiedTo = 0;
  CELL.lastIndex = 0;
  for (let match = CELL.exec(inner); match; match = CELL.exec(inner)) {
    other += inner.slice(copiedTo, match.index).trim();
    copiedTo = match.index + match[0].length;
    const cellReference = reference(match[0]);
    if (cellReference === undefined) throw new PackageNotEditable(`A cell in row ${row} has no reference.`);
    const column = columnOfReference(cellReference);
    if (!written.has(column)) kept.push({ column, xml: match[0] });
  }
  other += inner.slice(copiedTo).trim();
  let out = "";
  let k = 0;
  for (let i = 0; i < patch.columns.length; i++) {
    while (k < kept.length && kept[k].column < patch.columns[i]) out += kept[k++].xml;
    out += patch.cell(row, i);
  }
  while (k < kept.length) out += kept[k++].xml;
  // Anything else a row holds (an extension list) comes after its cells.
  return out + other;
}

/** The part's start, up to its sheetData, with a `<dimension>` covering the written cells. */
function grownDimension(head: string, patch: ColumnPatch): string {
  return head.replace(/<dimension\b[^>]*?\/>/, (tag) => {
    const ref = attribute(tag, "ref") ?? "";
    const [from, to = from] = ref.split(":");
    const fromRow = Number(/\d+/.exec(from)?.[0] ?? patch.firstRow);
    const toRow = Number(/\d+/.exec(to)?.[0] ?? patch.lastRow);
    const left = Math.min(from ? columnOfReference(from) : patch.columns[0], patch.columns[0]);
    const right = Math.max(to ? columnOfReference(to) : 0, patch.columns[patch.columns.length - 1]);
    const top = Math.min(fromRow, patch.firstRow);
    const bottom = Math.max(toRow, patch.lastRow);
    return tag.replace(/\sref="[^"]*"/, ` ref="${columnLetters(left)}${top}:${columnLetters(right)}${bottom}"`);
  });
}
