import type JSZip from "jszip";

/**
 * Reading and writing the plain XML parts of an .xlsx package (ECMA-376 part 2: content types,
 * relationships) and the few attributes of SpreadsheetML the package editors need.
 *
 * Method: written by hand with regular expressions over the parts' text. The parts are small and
 * regular, and an XML parser in the browser bundle would cost more than these few lines; the
 * editors only ever append elements or change attributes they have found.
 */

export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKSHEET_TYPE = `${R_NS}/worksheet`;
export const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/**
 * Text with the five predefined XML entities and numeric character references resolved.
 *
 * @example
 * unescapeXml("A &amp; B &#x4E2D;") // => "A & B 中"
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[entity as "lt"];
  });
}

/**
 * The unescaped value of an attribute in a start tag, or undefined.
 *
 * @example
 * attribute(`<sheet name="A &amp; B" r:id="rId3"/>`, "r:id") // => "rId3"
 */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

/**
 * A start tag with an attribute set (replaced when present, added before the tag's end otherwise).
 * The value must already be escaped.
 *
 * @example
 * withAttribute(`<calcPr calcId="1"/>`, "fullCalcOnLoad", "1") // => `<calcPr calcId="1" fullCalcOnLoad="1"/>`
 */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`\\s${name.replace(":", "\\:")}="[^"]*"`);
  if (pattern.test(tag)) return tag.replace(pattern, ` ${name}="${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** A relationship of a relationships part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external?: boolean;
}

/**
 * The relationships of a relationships part's text.
 *
 * @example
 * readRelationships(`<Relationships><Relationship Id="rId1" Type="…/styles" Target="styles.xml"/></Relationships>`)
 * // => [{ id: "rId1", type: "…/styles", target: "styles.xml", external: false }]
 */
export function readRelationships(rels: string): Relationship[] {
  return (rels.match(/<Relationship\b[^>]*>/g) ?? []).map((tag) => ({
    id: attribute(tag, "Id") ?? "",
    type: attribute(tag, "Type") ?? "",
    target: attribute(tag, "Target") ?? "",
    external: attribute(tag, "TargetMode") === "External",
  }));
}

/**
 * A relationships part holding the given relationships.
 *
 * @example
 * relationshipsXml([{ id: "rId1", type: CHART_TYPE, target: "../charts/chart1.xml" }])
 * // => `<?xml …?>\n<Relationships xmlns="…"><Relationship Id="rId1" Type="…" Target="../charts/chart1.xml"/></Relationships>`
 */
export function relationshipsXml(entries: readonly Relationship[]): string {
  const body = entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${e.target}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${body}</Relationships>`;
}

/**
 * A relationships part's text with one more relationship (a new part when there was none).
 *
 * @example
 * addRelationship(`<Relationships xmlns="…"/>`, { id: "rId2", type: "…/drawing", target: "../drawings/drawing1.xml" })
 * // => `<Relationships xmlns="…"><Relationship Id="rId2" Type="…/drawing" Target="../drawings/drawing1.xml"/></Relationships>`
 */
export function addRelationship(rels: string | undefined, entry: Relationship): string {
  if (rels === undefined) return relationshipsXml([entry]);
  const tag = `<Relationship Id="${entry.id}" Type="${entry.type}" Target="${entry.target}"/>`;
  if (/<Relationships\b[^>]*\/>/.test(rels)) {
    return rels.replace(/<Relationships\b([^>]*?)\s*\/>/, `<Relationships$1>${tag}</Relationships>`);
  }
  return rels.replace("</Relationships>", `${tag}</Relationships>`);
}

/**
 * A relationship id not yet used in a relationships part.
 *
 * @example
 * freeRelationshipId(`<Relationship Id="rIdCdp1" …/>`, "rIdCdp") // => "rIdCdp2"
 */
export function freeRelationshipId(rels: string | undefined, stem: string): string {
  const used = new Set(readRelationships(rels ?? "").map((r) => r.id));
  let n = 1;
  while (used.has(`${stem}${n}`)) n++;
  return `${stem}${n}`;
}

/** The relationships part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * The zip path a relationship's target names, relative to the part that holds the relationship.
 *
 * @example
 * resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml") // => "xl/drawings/drawing1.xml"
 */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * The next free number of `folder/stemN.xml` in a package.
 *
 * @example
 * nextPartNumber(zip, "xl/charts", "chart") // => 3 when chart1.xml and chart2.xml exist
 */
export function nextPartNumber(zip: JSZip, folder: string, stem: string): number {
  let highest = 0;
  const pattern = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`, "i");
  zip.forEach((path) => {
    const match = pattern.exec(path);
    if (match) highest = Math.max(highest, Number(match[1]));
  });
  return highest + 1;
}

/**
 * The text of a part, or undefined when the package has no such part.
 *
 * @example
 * await partText(zip, "xl/workbook.xml") // => `<?xml …?><workbook …>…</workbook>`
 */
export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/**
 * The `<sheet>` start tags of a workbook part, in workbook order.
 *
 * @example
 * sheetTags(`<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>`) // => [`<sheet name="A" sheetId="1" r:id="rId1"/>`]
 */
export function sheetTags(workbookXml: string): string[] {
  return workbookXml.match(/<sheet\b[^>]*>/g) ?? [];
}

/**
 * The zip path of a sheet's part, from the workbook part and its relationships, or undefined.
 *
 * @example
 * sheetPartPath(workbookXml, workbookRels, "Customers") // => "xl/worksheets/sheet1.xml"
 */
export function sheetPartPath(workbookXml: string, workbookRels: string, sheet: string): string | undefined {
  const tag = sheetTags(workbookXml).find((t) => attribute(t, "name") === sheet);
  const id = tag ? attribute(tag, "r:id") : undefined;
  const relation = readRelationships(workbookRels).find((r) => r.id === id);
  return relation ? resolveTarget("xl/workbook.xml", relation.target) : undefined;
}

/**
 * A content types part's text with an override for one more part.
 *
 * @example
 * addContentType(types, "xl/charts/chart2.xml", CHART_CONTENT) // => types with `<Override PartName="/xl/charts/chart2.xml" …/>`
 */
export function addContentType(types: string, partPath: string, contentType: string): string {
  return types.replace("</Types>", `<Override PartName="/${partPath}" ContentType="${contentType}"/></Types>`);
}

/**
 * A content types part's text without the override of a part.
 *
 * @example
 * removeContentType(types, "xl/charts/chart2.xml") // => types without that part's `<Override>`
 */
export function removeContentType(types: string, partPath: string): string {
  return types.replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(partPath)}"[^>]*/>`, "i"), "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
