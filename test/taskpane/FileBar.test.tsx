import { fireEvent, screen, waitFor } from "@testing-library/react";
import { previewTable } from "../../src/app/previewTable";
import { WorkbookFileError } from "../../src/headless/workbookFile";
import { fakeActions, MemoryWorkbook, TABLE_WITH_ISSUE, TABLE_WITHOUT_COUNT } from "./fakeActions";
import { renderPane } from "./renderPane";

/** File-mode actions: no table until a file is opened; each file opened holds the next matrix. */
function fileActions(files = [TABLE_WITH_ISSUE]) {
  const { actions } = fakeActions({});
  let opened: MemoryWorkbook | undefined;
  const next = [...files];
  const openFile = jest.fn(async (file: File) => {
    opened = new MemoryWorkbook({ Customers: next.shift() ?? TABLE_WITH_ISSUE });
    return { name: file.name };
  });
  const download = jest.fn(async () => "customers-cdp.xlsx");
  actions.listTables.mockImplementation(async () => (opened ? opened.listTables() : []));
  actions.previewTable.mockImplementation((id, options) => previewTable(opened!, id, options));
  return { ...actions, openFile, download };
}

function chooseFile(name: string): File {
  const file = new File(["ID,Amount\n"], name);
  fireEvent.change(screen.getByLabelText("Open an .xlsx or .csv file"), { target: { files: [file] } });
  return file;
}

describe("file mode", () => {
  it("asks for a file first and offers to open one; nothing to download yet", async () => {
    renderPane(fileActions());
    expect(await screen.findByText("Open a file to start.")).toBeTruthy();
    expect(screen.getByText(/nothing is uploaded/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open an .xlsx or .csv file" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Download the workbook" })).toBeNull();
  });

  it("opens the picker from the button", async () => {
    renderPane(fileActions());
    const input = screen.getByLabelText("Open an .xlsx or .csv file") as HTMLInputElement;
    const click = jest.spyOn(input, "click").mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole("button", { name: "Open an .xlsx or .csv file" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(input.accept).toContain(".xlsx");
    expect(input.accept).toContain(".csv");
    await screen.findByText("Open a file to start.");
  });

  it("opens the file picked, lists its tables and reads the first", async () => {
    const actions = fileActions();
    renderPane(actions);
    const file = chooseFile("customers.csv");
    expect(await screen.findByText("Open file: customers.csv")).toBeTruthy();
    expect(actions.openFile).toHaveBeenCalledWith(file);
    expect(await screen.findByText("3 rows, 1 issue")).toBeTruthy();
    expect((screen.getByLabelText("Customer table") as HTMLSelectElement).selectedOptions[0].text).toBe(
      "Customers (3 rows)",
    );
  });

  it("reads the table again when another file with a same-named table is opened", async () => {
    renderPane(fileActions([TABLE_WITH_ISSUE, TABLE_WITHOUT_COUNT]));
    chooseFile("first.csv");
    expect(await screen.findByText("3 rows, 1 issue")).toBeTruthy();
    chooseFile("second.csv");
    expect(await screen.findByText("Columns missing")).toBeTruthy();
    expect(screen.getByText("Open file: second.csv")).toBeTruthy();
  });

  it("shows why a file was refused, in the command line's words", async () => {
    const actions = fileActions();
    actions.openFile.mockRejectedValue(
      new WorkbookFileError("book.xls: the old .xls format is not read; save a copy as .xlsx."),
    );
    renderPane(actions);
    chooseFile("book.xls");
    expect((await screen.findByRole("alert")).textContent).toBe(
      "book.xls: the old .xls format is not read; save a copy as .xlsx.",
    );
    expect(screen.getByText("Open a file to start.")).toBeTruthy();
  });

  it("downloads the workbook and says under which name", async () => {
    const actions = fileActions();
    renderPane(actions);
    chooseFile("customers.csv");
    fireEvent.click(await screen.findByRole("button", { name: "Download the workbook" }));
    expect(await screen.findByText("Saved as customers-cdp.xlsx in your downloads.")).toBeTruthy();
    expect(actions.download).toHaveBeenCalledTimes(1);
  });

  it("shows a failed download in plain words", async () => {
    const actions = fileActions();
    actions.download.mockRejectedValue(new Error("Quota exceeded"));
    renderPane(actions);
    chooseFile("customers.csv");
    fireEvent.click(await screen.findByRole("button", { name: "Download the workbook" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Something went wrong: Quota exceeded"));
  });
});
