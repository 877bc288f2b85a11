import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { dayFromIso } from "../../src/core/days";
import { DomainError } from "../../src/core/errors";
import { fakeActions, TABLE_WITH_ISSUE, TABLE_WITHOUT_COUNT } from "./fakeActions";
import { openTab, pick, renderPane } from "./renderPane";

describe("Data panel", () => {
  it("says no table was found when the workbook has none, and Analyze cannot start", async () => {
    const { actions } = fakeActions({});
    renderPane(actions);
    expect(await screen.findByText(/No customer table found/)).toBeTruthy();
    expect((screen.getByLabelText("Customer table") as HTMLSelectElement).disabled).toBe(true);
    openTab("Analyze");
    expect(screen.getByText("Pick a customer table on the Data tab first.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Analyze" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("lists the tables with their row counts and reads the first one", async () => {
    const { actions } = fakeActions({ Customers: TABLE_WITH_ISSUE, Other: TABLE_WITHOUT_COUNT });
    renderPane(actions);
    const select = (await screen.findByLabelText("Customer table")) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe("Customers"));
    expect([...select.options].map((o) => o.text)).toEqual(["Customers (3 rows)", "Other (2 rows)"]);
    expect(actions.previewTable).toHaveBeenCalledWith("Customers", { shape: "auto" });
  });

  it("shows the mapping recognised from the headers, each field changeable", async () => {
    const { actions } = fakeActions();
    renderPane(actions);
    const id = (await screen.findByLabelText("Customer ID (required)")) as HTMLSelectElement;
    expect(id.value).toBe("0");
    expect(id.options[id.selectedIndex].text).toBe("A: Customer ID");
    expect((screen.getByLabelText("Total amount (required)") as HTMLSelectElement).value).toBe("4");
    expect((screen.getByLabelText("Customer name") as HTMLSelectElement).value).toBe("1");
    expect(screen.getAllByText("Recognised from the header.").length).toBeGreaterThan(0);
  });

  it("asks for the columns a table still needs, and reads it again once one is chosen", async () => {
    const { actions } = fakeActions({ Customers: TABLE_WITHOUT_COUNT });
    renderPane(actions);
    expect(await screen.findByText("Columns missing")).toBeTruthy();
    expect(screen.getByText(/missing column\(s\) purchase count/)).toBeTruthy();
    const count = screen.getByLabelText("Purchase count (required)") as HTMLSelectElement;
    expect(count.options[count.selectedIndex].text).toBe("Choose a column");
    expect(screen.getByText("Pick the column that holds this field.")).toBeTruthy();
    openTab("Analyze");
    expect(screen.getByText("Some needed columns are missing: choose them on the Data tab.")).toBeTruthy();

    openTab("Data");
    pick("Purchase count (required)", "3");
    expect(await screen.findByText("2 rows, 0 issues")).toBeTruthy();
    expect(actions.previewTable).toHaveBeenLastCalledWith("Customers", { mapping: { purchases: 3 }, shape: "auto" });
    expect(screen.queryByText("Columns missing")).toBeNull();
    expect(screen.getByText("Chosen by you.")).toBeTruthy();
    openTab("Analyze");
    expect((screen.getByRole("button", { name: "Analyze" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("summarises rows and issues and lists each issue with its cell", async () => {
    const { actions } = fakeActions();
    renderPane(actions);
    expect(await screen.findByText("3 rows, 1 issue")).toBeTruthy();
    expect(screen.getByText(/2 customers can be scored\./)).toBeTruthy();
    const list = screen.getByRole("list", { name: "Issues" });
    expect(within(list).getByText(/E3: "n\/a" is not a number \(total amount\)/)).toBeTruthy();
    // Outside Excel an issue cannot select a cell: it is text, not a button.
    expect(within(list).queryAllByRole("button")).toHaveLength(0);
  });

  it("selects an issue's cell in Excel when the issue is clicked", async () => {
    const { actions } = fakeActions();
    const selectCell = jest.fn(() => Promise.resolve());
    renderPane({ ...actions, selectCell });
    expect(await screen.findByText("Select an issue to go to its cell.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /E3: "n\/a" is not a number/ }));
    expect(selectCell).toHaveBeenCalledWith("Customers", "E3");
  });

  it("shows in plain words why a cell could not be selected", async () => {
    const { actions } = fakeActions();
    const selectCell = jest.fn(() =>
      Promise.reject(new DomainError("BAD_ARGUMENT", "No such sheet.", "没有该工作表。")),
    );
    renderPane({ ...actions, selectCell });
    fireEvent.click(await screen.findByRole("button", { name: /E3: / }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "No such sheet.");
  });

  it("reads the table again with the as-of date and the input type chosen", async () => {
    const { actions } = fakeActions();
    renderPane(actions);
    expect(await screen.findByText(/latest date in the data \(2025-01-23\)/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-02-01" } });
    await waitFor(() =>
      expect(actions.previewTable).toHaveBeenLastCalledWith("Customers", {
        shape: "auto",
        asOf: dayFromIso("2025-02-01"),
      }),
    );
    pick("Input type", "transactions");
    await waitFor(() =>
      expect(actions.previewTable).toHaveBeenLastCalledWith("Customers", {
        shape: "transactions",
        asOf: dayFromIso("2025-02-01"),
      }),
    );
  });

  it("shows every optional field on request", async () => {
    const { actions } = fakeActions();
    renderPane(actions);
    await screen.findByLabelText("Customer ID (required)");
    expect(screen.queryByLabelText("Gross margin")).toBeNull();
    fireEvent.click(screen.getByRole("switch", { name: "Show all fields" }));
    const margin = screen.getByLabelText("Gross margin") as HTMLSelectElement;
    expect(margin.options[margin.selectedIndex].text).toBe("Not used");
  });

  it.each([
    {
      why: "a problem the user can fix, in the pane's language",
      error: new DomainError("BAD_ARGUMENT", "The column is gone.", "该列已不存在。"),
      lang: "zh" as const,
      shown: "该列已不存在。",
    },
    {
      why: "an unexpected failure, without its stack",
      error: new Error("Network lost\n    at read (excel.js:10:5)"),
      lang: "en" as const,
      shown: "Something went wrong: Network lost",
    },
  ])("shows $why when the table cannot be read", async ({ error, lang, shown }) => {
    const { actions } = fakeActions();
    actions.previewTable.mockRejectedValue(error);
    renderPane(actions, lang);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(shown);
    expect(document.body.textContent).not.toContain("excel.js");
  });

  it("speaks Chinese after the language switch, the core's field names included", async () => {
    const { actions } = fakeActions();
    renderPane(actions);
    await screen.findByText("3 rows, 1 issue");
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "中文" }));
    });
    expect(screen.getByLabelText("客户表")).toBeTruthy();
    expect(screen.getByLabelText("客户编号（必填）")).toBeTruthy();
    expect(screen.getByText("3 行，1 个问题")).toBeTruthy();
    expect(screen.getByText(/“n\/a”不是有效的数字/)).toBeTruthy();
  });

  it("in Excel, adds the table around the selection and reads it; refreshes the list on request", async () => {
    const { workbook, actions } = fakeActions({ Customers: TABLE_WITH_ISSUE, "Sheet2!A1:D3": TABLE_WITHOUT_COUNT });
    const [customers, selection] = await workbook.listTables();
    actions.listTables.mockResolvedValue([customers]);
    const tableAtSelection = jest.fn(async () => selection);
    renderPane({ ...actions, tableAtSelection });
    await screen.findByText("3 rows, 1 issue");
    fireEvent.click(screen.getByRole("button", { name: "Use the selected range" }));
    expect(await screen.findByText("Columns missing")).toBeTruthy();
    expect((screen.getByLabelText("Customer table") as HTMLSelectElement).value).toBe("Sheet2!A1:D3");
    expect(actions.previewTable).toHaveBeenLastCalledWith("Sheet2!A1:D3", { shape: "auto" });
    fireEvent.click(screen.getByRole("button", { name: "Refresh the table list" }));
    await waitFor(() => expect(actions.listTables).toHaveBeenCalledTimes(2));
    await waitFor(() => expect((screen.getByLabelText("Customer table") as HTMLSelectElement).value).toBe("Customers"));
  });
});
