import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { addinVersion } from "./addinVersion";
import { languageFromDisplay } from "./languageFromDisplay";
import { createOfficeActions } from "./officeHost";
import type { PaneActions } from "./paneActions";
import { silenceOfficeTelemetry } from "./silenceOfficeTelemetry";

// First thing, before office.js's logger in a plain browser frames its telemetry page (see there).
silenceOfficeTelemetry();

/** `Office.HostType.Excel`, compared as text so the check needs nothing else from office.js. */
const EXCEL_HOST = "Excel";

/** Mounts the task pane, opening in `displayLanguage` (Office's, or the browser's outside Office). */
function render(displayLanguage: string | undefined, actions: PaneActions | undefined): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App version={addinVersion} initialLang={languageFromDisplay(displayLanguage)} actions={actions} />
    </FluentProvider>,
  );
}

/**
 * Outside Office the pane works on a file the user opens. The file code (exceljs, the CSV reader) is
 * loaded only then, in its own chunk, so inside Excel the shared runtime does not carry it.
 */
function renderFileMode(): void {
  import("./fileHost").then(
    ({ createFileActions }) => render(navigator.language, createFileActions()),
    () => render(navigator.language, undefined),
  );
}

if (typeof Office === "undefined") {
  // office.js did not load (the page opened from a plain file server without it).
  renderFileMode();
} else {
  // Outside Office, onReady resolves with no host and Office.context has no display language.
  Office.onReady((info) => {
    if (String(info.host) === EXCEL_HOST) render(Office.context.displayLanguage, createOfficeActions());
    else if (info.host) render(Office.context.displayLanguage, undefined);
    else renderFileMode();
  });
}
