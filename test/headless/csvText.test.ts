import { csvCell, toCsv } from "../../src/headless/csvText";

describe("csvCell", () => {
  it.each([
    { value: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"`, why: "a formula becomes quoted text" },
    { value: "+cmd|' /C calc'!A0", expected: "'+cmd|' /C calc'!A0", why: "a DDE payload gets an apostrophe" },
    { value: "@SUM(A1:A2)", expected: "'@SUM(A1:A2)", why: "an @ function gets an apostrophe" },
    { value: "-2+3", expected: "'-2+3", why: "arithmetic starting with minus is not a number" },
    { value: "\tx", expected: "'\tx", why: "a leading tab is neutralised" },
    { value: "\n=1+1", expected: `"'\n=1+1"`, why: "a leading line feed is neutralised" },
    { value: "＝1+1", expected: "'＝1+1", why: "a full-width equals sign is neutralised" },
    { value: "＋1+1", expected: "'＋1+1", why: "a full-width plus sign is neutralised" },
    { value: "－2+3", expected: "'－2+3", why: "a full-width minus sign is neutralised" },
    { value: "＠SUM(1)", expected: "'＠SUM(1)", why: "a full-width at sign is neutralised" },
    { value: "-12.5", expected: "-12.5", why: "a negative number stays as it is" },
    { value: "+1,234", expected: `"+1,234"`, why: "a signed number with separators stays as it is" },
    { value: "a,b", expected: `"a,b"`, why: "commas are quoted" },
    { value: 'say "hi"', expected: `"say ""hi"""`, why: "quotes are doubled" },
    { value: 42, expected: "42", why: "numbers are plain" },
    { value: null, expected: "", why: "blank is empty" },
  ])("$why", ({ value, expected }) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes dates as YYYY-MM-DD", () => {
    expect(csvCell(new Date(Date.UTC(2025, 0, 23)))).toBe("2025-01-23");
  });
});

describe("toCsv", () => {
  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(
      toCsv([
        ["ID", "名称"],
        ["C1", "华东"],
      ]),
    ).toBe("\uFEFFID,名称\r\nC1,华东\r\n");
  });
});
