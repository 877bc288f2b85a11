import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { addinVersion } from "./addinVersion";
import { languageFromDisplay } from "./languageFromDisplay";

/** Mounts the task pane, opening in `displayLanguage` (Office's, or the browser's outside Office). */
function render(displayLanguage: string | undefined): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App version={addinVersion} initialLang={languageFromDisplay(displayLanguage)} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") {
  // office.js did not load (the page opened from a plain file server without it): still show the guide.
  render(navigator.language);
} else {
  // Outside Office, onReady resolves with no host and Office.context has no display language.
  Office.onReady((info) => render(info.host ? Office.context.displayLanguage : navigator.language));
}
