import { SharedStringsEditor } from "../../../src/headless/package/sharedStringsEditor";

const SST = `<?xml version="1.0"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="2"><si><t>ID</t></si><si><r><t>rich</t></r></si></sst>`;

describe("SharedStringsEditor", () => {
  it("numbers new strings after the existing ones and stores a repeated string once", () => {
    const strings = new SharedStringsEditor(SST);
    expect(strings.text("Champions")).toBe(2);
    expect(strings.text("Lost")).toBe(3);
    expect(strings.text("Champions")).toBe(2);
    expect(strings.toXml()).toBe(
      `<?xml version="1.0"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="4">` +
        `<si><t>ID</t></si><si><r><t>rich</t></r></si>` +
        `<si><t xml:space="preserve">Champions</t></si><si><t xml:space="preserve">Lost</t></si></sst>`,
    );
  });

  it("points at a string the part already holds instead of adding it again", () => {
    const strings = new SharedStringsEditor(SST);
    expect(strings.text("ID")).toBe(0);
    expect(strings.item("<r><t>rich</t></r>")).toBe(1);
    expect(strings.changed).toBe(false);
    const again = new SharedStringsEditor(
      new SharedStringsEditor(SST).toXml().replace("</sst>", `<si><t xml:space="preserve"> Lost</t></si></sst>`),
    );
    expect(again.text(" Lost")).toBe(2);
  });

  it("writes text as text: markup characters escaped, a carriage return in the _x000D_ form", () => {
    const strings = new SharedStringsEditor(undefined);
    strings.text(`=HYPERLINK("x")&<b>\r`);
    expect(strings.toXml()).toContain(`<t xml:space="preserve">=HYPERLINK(&quot;x&quot;)&amp;&lt;b&gt;_x000D_</t>`);
  });

  it("makes a new part when the workbook has none", () => {
    const strings = new SharedStringsEditor(undefined);
    expect(strings.changed).toBe(false);
    expect(strings.text("a")).toBe(0);
    expect(strings.changed).toBe(true);
    expect(strings.toXml()).toMatch(
      /<sst xmlns="[^"]+" count="1" uniqueCount="1"><si><t xml:space="preserve">a<\/t><\/si><\/sst>$/,
    );
  });

  it("opens a self-closing part", () => {
    const strings = new SharedStringsEditor(`<sst xmlns="m" count="0" uniqueCount="0"/>`);
    strings.text("b");
    expect(strings.toXml()).toBe(
      `<sst xmlns="m" count="1" uniqueCount="1"><si><t xml:space="preserve">b</t></si></sst>`,
    );
  });
});
