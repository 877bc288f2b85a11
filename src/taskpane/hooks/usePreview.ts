import { useEffect, useState } from "react";
import type { TablePreview } from "../../app/previewTable";
import { dayFromIso } from "../../core/days";
import type { FieldKey, TableShape } from "../../core/table";
import { chooseColumn } from "../chooseColumn";
import type { PaneActions } from "../paneActions";

type Choices = Readonly<Partial<Record<FieldKey, number>>>;

/** The Data panel's reading choices and what the picked table looks like with them. */
export interface PreviewState {
  readonly preview: TablePreview | undefined;
  readonly loading: boolean;
  readonly error: unknown;
  /** The column choices in force: the user's, else the ones saved in the workbook (from the preview). */
  readonly choices: Choices;
  readonly choose: (field: FieldKey, column: number | undefined) => void;
  readonly shape: "auto" | TableShape;
  readonly setShape: (shape: "auto" | TableShape) => void;
  /** The as-of date as typed (`YYYY-MM-DD` or empty). */
  readonly asOfText: string;
  readonly setAsOfText: (text: string) => void;
}

/**
 * Reads the picked table again whenever the table, the column choices, the input type or the as-of
 * date change, keeping only the answer to the latest request. A table starts from the column
 * choices saved in the workbook; the user's choices belong to the table (and file) they were made
 * for, so picking another table or opening another file starts afresh.
 */
export function usePreview(actions: PaneActions, tableId: string | undefined, revision: number): PreviewState {
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [made, setMade] = useState<{ readonly forTable: string; readonly choices: Choices } | undefined>(undefined);
  const [shape, setShape] = useState<"auto" | TableShape>("auto");
  const [asOfText, setAsOfText] = useState("");

  const forTable = `${revision}:${tableId ?? ""}`;
  const userChoices = made?.forTable === forTable ? made.choices : undefined;
  const asOf = asOfText === "" ? undefined : dayFromIso(asOfText);
  const request = JSON.stringify([forTable, userChoices ?? null, shape, asOf ?? null]);
  useEffect(() => {
    if (tableId === undefined) return undefined;
    let latest = true;
    actions
      .previewTable(tableId, {
        ...(userChoices !== undefined ? { mapping: userChoices } : {}),
        shape,
        ...(asOf !== undefined ? { asOf } : {}),
      })
      .then(
        (preview) => {
          if (latest) setAnswer({ request, forTable, preview });
        },
        (error: unknown) => {
          if (latest) setAnswer({ request, forTable, error });
        },
      );
    return () => {
      latest = false;
    };
    // `request` stands for every input read above: the same choices in a new object read nothing again.
  }, [actions, request]);

  // While a new answer is on its way, the last one for the same table stays on screen.
  const current = tableId !== undefined && answer?.forTable === forTable ? answer : undefined;
  const preview = current?.preview;
  const choices: Choices = userChoices ?? preview?.userMapping ?? {};
  return {
    preview,
    loading: tableId !== undefined && answer?.request !== request,
    error: answer?.request === request ? answer.error : undefined,
    choices,
    choose: (field, column) => setMade({ forTable, choices: chooseColumn(choices, field, column) }),
    shape,
    setShape,
    asOfText,
    setAsOfText,
  };
}

/** The answer to one preview request. */
interface Answer {
  readonly request: string;
  readonly forTable: string;
  readonly preview?: TablePreview;
  readonly error?: unknown;
}
