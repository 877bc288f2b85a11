import {
  addContentType,
  addRelationship,
  attribute,
  freeRelationshipId,
  readRelationships,
  relationshipsPath,
  removeContentType,
  resolveTarget,
  sheetPartPath,
  unescapeXml,
  withAttribute,
} from "../../../src/headless/package/packageXml";

const WORKBOOK = `<workbook><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId3"/><sheet name="客户" sheetId="2" r:id="rId4"/></sheets></workbook>`;
const RELS =
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId3" Type="…/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId4" Type="…/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
  `<Relationship Id="rId9" Type="…/hyperlink" Target="https://example.com/?a=1&amp;b=2" TargetMode="External"/>` +
  `</Relationships>`;

describe("packageXml", () => {
  it("reads attributes with their entities and character references resolved", () => {
    expect(attribute(`<sheet name="A &amp; B" r:id="rId3"/>`, "name")).toBe("A & B");
    expect(attribute(`<sheet name="A" r:id="rId3"/>`, "r:id")).toBe("rId3");
    expect(attribute(`<sheet name="A"/>`, "state")).toBeUndefined();
    expect(unescapeXml("&lt;&#x4E2D;&#25991;&gt;")).toBe("<中文>");
  });

  it("sets an attribute in place or adds it before the tag's end", () => {
    expect(withAttribute(`<calcPr calcId="1"/>`, "fullCalcOnLoad", "1")).toBe(
      `<calcPr calcId="1" fullCalcOnLoad="1"/>`,
    );
    expect(withAttribute(`<fonts count="2">`, "count", "3")).toBe(`<fonts count="3">`);
  });

  it("finds a sheet's part through the workbook's relationships, relative or absolute", () => {
    expect(sheetPartPath(WORKBOOK, RELS, "A & B")).toBe("xl/worksheets/sheet1.xml");
    expect(sheetPartPath(WORKBOOK, RELS, "客户")).toBe("xl/worksheets/sheet2.xml");
    expect(sheetPartPath(WORKBOOK, RELS, "Missing")).toBeUndefined();
  });

  it("resolves targets against the part that holds the relationship", () => {
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe("xl/drawings/drawing1.xml");
    expect(resolveTarget("xl/drawings/drawing1.xml", "./../charts/chart2.xml")).toBe("xl/charts/chart2.xml");
    expect(relationshipsPath("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/_rels/sheet1.xml.rels");
  });

  it("adds a relationship with an id not yet used, to a list or to an empty part", () => {
    expect(readRelationships(RELS).find((r) => r.id === "rId9")).toEqual({
      id: "rId9",
      type: "…/hyperlink",
      target: "https://example.com/?a=1&b=2",
      external: true,
    });
    expect(freeRelationshipId(RELS, "rId")).toBe("rId1");
    const added = addRelationship(`<Relationships xmlns="r"/>`, { id: "rIdCdp1", type: "t", target: "x.xml" });
    expect(added).toBe(`<Relationships xmlns="r"><Relationship Id="rIdCdp1" Type="t" Target="x.xml"/></Relationships>`);
    expect(freeRelationshipId(added, "rIdCdp")).toBe("rIdCdp2");
  });

  it("adds and removes a part's content type", () => {
    const types = `<Types><Default Extension="xml" ContentType="application/xml"/></Types>`;
    const added = addContentType(types, "xl/charts/chart1.xml", "chart+xml");
    expect(added).toContain(`<Override PartName="/xl/charts/chart1.xml" ContentType="chart+xml"/>`);
    expect(removeContentType(added, "xl/charts/chart1.xml")).toBe(types);
  });
});
