import { chartPartXml, drawingPartXml, xmlText } from "../../../src/headless/charts";
import type { LayoutChart } from "../../../src/core/plan/layout";

const chart: LayoutChart = {
  kind: "columnClustered",
  title: "T",
  categories: { top: 1, left: 0, bottom: 2, right: 0 },
  series: [{ name: "S", values: { top: 1, left: 1, bottom: 2, right: 1 } }],
  anchor: { top: 2, left: 9, bottom: 19, right: 16 },
};

describe("chart parts", () => {
  it("escapes text for XML as the example says", () => {
    expect(xmlText(`Tom & "Jerry" <3`)).toBe("Tom &amp; &quot;Jerry&quot; &lt;3");
  });

  it("writes a clustered column chart whose cache skips cells that are not numbers", () => {
    const xml = chartPartXml(chart, "Customer plan", (row, column) => (column === 0 ? `c${row}` : row === 1 ? 5 : "x"));
    expect(xml.includes('<c:barDir val="col"/>')).toBe(true);
    expect(xml).toContain('<c:grouping val="clustered"/>');
    expect(xml).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>5</c:v></c:pt></c:numCache>');
    expect(xml).toContain("<c:formatCode>General</c:formatCode>");
  });

  it("anchors a chart from its top-left cell to just past its bottom-right cell", () => {
    const xml = drawingPartXml([{ anchor: chart.anchor, relationshipId: "rId1" }]);
    expect(xml.includes("<xdr:col>9</xdr:col>")).toBe(true);
    expect(xml).toContain("<xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>");
    expect(xml).toContain("<xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>");
    expect(xml).toContain('r:id="rId1"');
  });
});
