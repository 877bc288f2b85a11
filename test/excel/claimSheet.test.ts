import { claimSheet } from "../../src/excel/claimSheet";
import { FakeExcel } from "./fakeExcel";

async function claim(excel: FakeExcel, requested: string, owned: string[]): Promise<string> {
  return excel.run(async (context) => (await claimSheet(context, requested, new Set(owned))).name);
}

describe("claimSheet", () => {
  it("picks another name beside a person's sheet, as its example says, and leaves that sheet alone", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customer plan").put(0, 0, "mine");
    expect(await claim(excel, "Customer plan", [])).toBe("Customer plan (CDP)");
    expect(excel.sheet("Customer plan").cell(0, 0)?.value).toBe("mine");
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Customer plan", "Customer plan (CDP)"]);
  });

  it("replaces its own sheet in its place among the tabs", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Data");
    excel.addSheet("Scores").put(0, 0, "old");
    excel.addSheet("Notes");
    expect(await claim(excel, "Scores", ["Scores"])).toBe("Scores");
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data", "Scores", "Notes"]);
    expect(excel.sheet("Scores").cell(0, 0)).toBeUndefined();
  });

  it("adds the sheet when the name is free", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Data");
    expect(await claim(excel, "Plan", [])).toBe("Plan");
    expect(excel.deletedSheets).toEqual([]);
  });
});
