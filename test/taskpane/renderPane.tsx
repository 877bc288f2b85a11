import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { Lang } from "../../src/core/types";
import { App } from "../../src/taskpane/App";
import type { PaneActions } from "../../src/taskpane/paneActions";

/** Renders the whole pane over the given actions, as the entry module does. */
export function renderPane(actions: PaneActions, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App version="1.0.0" initialLang={lang} actions={actions} />
    </FluentProvider>,
  );
}

/** Opens one of the pane's tabs by its name. */
export function openTab(name: string): void {
  fireEvent.click(screen.getByRole("tab", { name }));
}

/** Picks an option of a labelled drop-down by the option's value. */
export function pick(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}
