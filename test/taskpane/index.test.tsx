import { act, screen } from "@testing-library/react";

type OnReadyInfo = { host: string | null; platform: string | null };

/** Loads the task pane's entry module afresh, as taskpane.html does, with `office` as the Office global. */
function startPane(office: unknown): void {
  document.body.innerHTML = '<div id="container"></div>';
  const g = globalThis as { Office?: unknown };
  if (office === undefined) delete g.Office;
  else g.Office = office;
  act(() => {
    jest.isolateModules(() => {
      require("../../src/taskpane/index");
    });
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

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("task pane entry", () => {
  it("waits for Office once, then renders in Office's display language", async () => {
    const office = fakeOffice({ host: "Excel", platform: "PC" }, "zh-CN");
    startPane(office);
    expect(await screen.findByRole("heading", { level: 1, name: "CDP 客户发展计划" })).toBeTruthy();
    expect(office.onReady).toHaveBeenCalledTimes(1);
  });

  it("still renders when Office reports no host (the page opened in a browser)", async () => {
    startPane(fakeOffice({ host: null, platform: null }));
    // jsdom's navigator.language is en-US.
    expect(await screen.findByRole("heading", { level: 1, name: "CDP Customer Development Planning" })).toBeTruthy();
  });

  it("still renders when office.js is not there at all", async () => {
    startPane(undefined);
    expect(await screen.findByRole("heading", { level: 1, name: "CDP Customer Development Planning" })).toBeTruthy();
  });

  it("shows the package's version", async () => {
    startPane(fakeOffice({ host: "Excel", platform: "OfficeOnline" }, "en-US"));
    const { version } = jest.requireActual<{ version: string }>("../../package.json");
    expect(await screen.findByText(`Version ${version}`)).toBeTruthy();
  });
});
