import { screen } from "@testing-library/react";

type OnReadyInfo = { host: string | null; platform: string | null };
type Globals = { Office?: unknown; Excel?: unknown; IS_REACT_ACT_ENVIRONMENT?: boolean };
const g = globalThis as Globals;

/** Loads the task pane's entry module afresh, as taskpane.html does, with `office` as the Office global. */
function startPane(office: unknown): void {
  document.body.innerHTML = '<div id="container"></div>';
  if (office === undefined) delete g.Office;
  else g.Office = office;
  jest.isolateModules(() => {
    require("../../src/taskpane/index");
  });
}

function fakeOffice(info: OnReadyInfo, displayLanguage?: string) {
  return {
    onReady: jest.fn((callback: (i: OnReadyInfo) => void) => {
      callback(info);
      return Promise.resolve(info);
    }),
    context: displayLanguage === undefined ? {} : { displayLanguage },
  };
}

beforeEach(() => {
  // The entry renders on its own schedule (after Office is ready, after the file code loads), as in a browser.
  g.IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  delete g.Office;
  delete g.Excel;
  g.IS_REACT_ACT_ENVIRONMENT = true;
});

describe("task pane entry", () => {
  it("inside Excel, waits for Office once, speaks its display language and works on the workbook", async () => {
    // An empty workbook: every batch answers "no tables".
    const excel = { run: jest.fn(async () => []) };
    g.Excel = excel;
    const office = fakeOffice({ host: "Excel", platform: "PC" }, "zh-CN");
    startPane(office);
    expect(await screen.findByRole("heading", { level: 1, name: "CDP 客户发展计划" })).toBeTruthy();
    expect(await screen.findByText(/未找到客户表/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "数据" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "打开 .xlsx 或 .csv 文件" })).toBeNull();
    expect(excel.run).toHaveBeenCalled();
    expect(office.onReady).toHaveBeenCalledTimes(1);
  });

  it("in another Office application, shows only the function guide", async () => {
    startPane(fakeOffice({ host: "Word", platform: "PC" }, "en-US"));
    expect(await screen.findByRole("heading", { level: 2, name: "Functions in cells" })).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("in a browser (Office reports no host), offers to open a file", async () => {
    startPane(fakeOffice({ host: null, platform: null }));
    // jsdom's navigator.language is en-US.
    expect(await screen.findByRole("button", { name: "Open an .xlsx or .csv file" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "CDP Customer Development Planning" })).toBeTruthy();
    expect(await screen.findByText("Open a file to start.")).toBeTruthy();
  });

  it("offers to open a file when office.js is not there at all", async () => {
    startPane(undefined);
    expect(await screen.findByRole("button", { name: "Open an .xlsx or .csv file" })).toBeTruthy();
  });

  it("shows the package's version", async () => {
    startPane(fakeOffice({ host: "Word", platform: "OfficeOnline" }, "en-US"));
    const { version } = jest.requireActual<{ version: string }>("../../package.json");
    expect(await screen.findByText(`Version ${version}`)).toBeTruthy();
  });
});
