import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { FUNCTION_GUIDE } from "../../src/taskpane/functionGuide";
import type { Lang } from "../../src/core/types";
import { fakeActions } from "./fakeActions";

function renderApp(initialLang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App version="1.2.3" initialLang={initialLang} />
    </FluentProvider>,
  );
}

describe("App", () => {
  it("shows the product name as the page's heading and the version", () => {
    renderApp();
    expect(screen.getByRole("heading", { level: 1, name: "CDP Customer Development Planning" })).toBeTruthy();
    expect(screen.getByText("Version 1.2.3")).toBeTruthy();
  });

  it("lists every custom function with an example formula", () => {
    renderApp();
    for (const entry of FUNCTION_GUIDE) {
      expect(screen.getByRole("heading", { level: 3, name: entry.name })).toBeTruthy();
      expect(screen.getByText(entry.example)).toBeTruthy();
    }
    expect(screen.getByText("=CDP.VERSION()")).toBeTruthy();
  });

  it("switches the text to Chinese and back with the language switch", () => {
    renderApp("en");
    fireEvent.click(screen.getByRole("radio", { name: "中文" }));
    expect(screen.getByRole("heading", { level: 1, name: "CDP 客户发展计划" })).toBeTruthy();
    expect(screen.getByText("版本 1.2.3")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "单元格函数" })).toBeTruthy();
    expect(screen.getByText(FUNCTION_GUIDE[0].summary.zh)).toBeTruthy();
    expect(screen.queryByText("Functions in cells")).toBeNull();

    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByRole("heading", { level: 2, name: "Functions in cells" })).toBeTruthy();
    expect(screen.queryByText("单元格函数")).toBeNull();
  });

  it("opens in the language it is given, with that option checked", () => {
    renderApp("zh");
    expect(screen.getByRole("heading", { level: 1, name: "CDP 客户发展计划" })).toBeTruthy();
    expect((screen.getByRole("radio", { name: "中文" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("radio", { name: "English" }) as HTMLInputElement).checked).toBe(false);
  });

  it("labels the language switch in the current language and marks the text's language", () => {
    const { container } = renderApp("en");
    expect(screen.getByRole("radiogroup", { name: "Language" })).toBeTruthy();
    expect(container.querySelector("main")?.getAttribute("lang")).toBe("en");
    fireEvent.click(screen.getByRole("radio", { name: "中文" }));
    expect(screen.getByRole("radiogroup", { name: "语言" })).toBeTruthy();
    expect(container.querySelector("main")?.getAttribute("lang")).toBe("zh-CN");
  });

  it("has no button that does nothing: the language options are the only controls", () => {
    renderApp();
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.getAllByRole("radio")).toHaveLength(2);
  });

  it("with a workbook to work on, shows the three steps as tabs and keeps the guide on its own tab", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App version="1.2.3" initialLang="en" actions={fakeActions().actions} />
      </FluentProvider>,
    );
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toEqual(
      ["Data", "Analyze", "Build plan", "Functions"].map((name) => screen.getByRole("tab", { name })),
    );
    expect(screen.getByRole("tab", { name: "Data" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByText("3 rows, 1 issue")).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 2, name: "Functions in cells" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    expect(screen.getByRole("heading", { level: 2, name: "Functions in cells" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Functions" })).toBeTruthy();
  });
});
