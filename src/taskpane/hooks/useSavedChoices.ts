import { useEffect, useState } from "react";
import type { PaneActions } from "../paneActions";
import type { SavedChoices } from "../savedChoices";

/**
 * The choices saved in the workbook, read when the pane opens and again whenever the workbook or its
 * table list changes (`revision`), e.g. when another file is opened. A workbook without saved
 * choices, or an error reading them, gives `{}`: the pane keeps its defaults.
 */
export function useSavedChoices(actions: PaneActions, revision: number): SavedChoices {
  const [choices, setChoices] = useState<SavedChoices>({});
  useEffect(() => {
    let live = true;
    if (!actions.savedChoices) return;
    actions.savedChoices().then(
      (saved) => {
        if (live) setChoices(saved);
      },
      () => {
        if (live) setChoices({});
      },
    );
    return () => {
      live = false;
    };
  }, [actions, revision]);
  return choices;
}
