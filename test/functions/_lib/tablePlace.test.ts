import { tablePlace } from "../../../src/functions/_lib/tablePlace";

describe("tablePlace", () => {
  it.each([
    { address: "Sheet1!B3:F20", place: { headerRow: 3, firstColumn: 1 } },
    { address: "'My data'!$B$3:$F$20", place: { headerRow: 3, firstColumn: 1 } },
    { address: "[Book1.xlsx]Sheet1!AA10:AC12", place: { headerRow: 10, firstColumn: 26 } },
    { address: "'Q1 ! sales'!C5", place: { headerRow: 5, firstColumn: 2 } },
    { address: "Sheet1!B:F", place: { headerRow: 1, firstColumn: 1 } },
    { address: "Sheet1!3:20", place: { headerRow: 3, firstColumn: 0 } },
    { address: "xfd1048576", place: { headerRow: 1048576, firstColumn: 16383 } },
  ])("reads the top-left corner of $address", ({ address, place }) => {
    expect(tablePlace(address)).toEqual(place);
  });

  it.each([undefined, "", "Table1[#All]", "Sheet1!", "Sheet1!XFE1", "Sheet1!A0", "Sheet1!A1048577"])(
    "falls back to a header on row 1 in column A for %p",
    (address) => {
      expect(tablePlace(address)).toEqual({ headerRow: 1, firstColumn: 0 });
    },
  );
});
