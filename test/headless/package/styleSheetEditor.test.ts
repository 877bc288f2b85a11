import { PackageNotEditable } from "../../../src/headless/package/packageNotEditable";
import { StyleSheetEditor } from "../../../src/headless/package/styleSheetEditor";

const EXCEL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<numFmts count="1"><numFmt numFmtId="176" formatCode="&quot;¥&quot;#,##0"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>` +
  `<tableStyles count="0"/></styleSheet>`;

describe("StyleSheetEditor", () => {
  it("appends a font at the end of the list and keeps the count right", () => {
    const styles = new StyleSheetEditor(EXCEL_STYLES);
    expect(styles.add("fonts", `<font><b/><sz val="11"/><name val="等线"/></font>`)).toBe(1);
    expect(styles.toXml()).toContain(
      `<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>`,
    );
  });

  it("reuses an identical entry instead of adding it again", () => {
    const styles = new StyleSheetEditor(EXCEL_STYLES);
    const xf = `<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    expect(styles.add("cellXfs", xf)).toBe(2);
    expect(styles.add("cellXfs", xf)).toBe(2);
    expect(styles.add("fills", `<fill><patternFill patternType="none"/></fill>`)).toBe(0);
    expect(styles.toXml()).toContain(`<cellXfs count="3">`);
  });

  it("leaves everything before the first change byte for byte", () => {
    const styles = new StyleSheetEditor(EXCEL_STYLES);
    styles.add("cellXfs", `<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    const cut = EXCEL_STYLES.indexOf("<cellXfs");
    expect(styles.toXml().slice(0, cut)).toBe(EXCEL_STYLES.slice(0, cut));
  });

  it("creates a missing list in its place in the schema's order", () => {
    const styles = new StyleSheetEditor(EXCEL_STYLES);
    expect(styles.add("dxfs", `<dxf><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf>`)).toBe(0);
    expect(styles.toXml()).toMatch(/<\/cellStyles><dxfs count="1"><dxf>.*<\/dxf><\/dxfs><tableStyles/);
  });

  it("gives number formats their built-in id, the workbook's own id, or a new id above both", () => {
    const styles = new StyleSheetEditor(EXCEL_STYLES);
    expect(styles.numberFormatId("0.00")).toBe(2);
    expect(styles.numberFormatId("0%")).toBe(9);
    expect(styles.numberFormatId(`"¥"#,##0`)).toBe(176);
    expect(styles.numberFormatId("yyyy-mm-dd")).toBe(177);
    expect(styles.numberFormatId("yyyy-mm-dd")).toBe(177);
    expect(styles.toXml()).toContain(`<numFmts count="2">`);
    expect(styles.toXml()).toContain(`<numFmt numFmtId="177" formatCode="yyyy-mm-dd"/>`);
  });

  it("refuses a styles part written with a namespace prefix", () => {
    expect(() => new StyleSheetEditor(`<x:styleSheet xmlns:x="…"><x:fonts count="0"/></x:styleSheet>`)).toThrow(
      PackageNotEditable,
    );
  });
});
