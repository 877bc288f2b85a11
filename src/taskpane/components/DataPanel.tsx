import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import type { TableShape } from "../../core/table";
import type { Lang } from "../../core/types";
import type { PreviewState } from "../hooks/usePreview";
import type { TablesState } from "../hooks/useTables";
import type { PaneText } from "../paneText";
import { ColumnChoices } from "./ColumnChoices";
import { ErrorBar } from "./ErrorBar";
import { IssueList } from "./IssueList";

const SHAPES: readonly TableShape[] = ["summary", "transactions", "lifetimes"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  summary: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface DataPanelProps {
  readonly text: PaneText;
  readonly lang: Lang;
  readonly tables: TablesState;
  readonly reading: PreviewState;
  /** True outside Office, where tables come from an opened file. */
  readonly fileMode: boolean;
  /** True when the host can offer the table around the selection. */
  readonly canUseSelection: boolean;
  /** Selects an issue's cell in the workbook (Excel only). */
  readonly onSelectIssue?: (issue: Issue) => void;
}

/**
 * The Data step: which table, read as which input type and to which as-of date, which column holds
 * which field, and a validation summary ("120 rows, 3 issues") with the issues listed.
 */
export function DataPanel({ text, lang, tables, reading, fileMode, canUseSelection, onSelectIssue }: DataPanelProps) {
  const styles = useStyles();
  const { preview } = reading;
  const list = tables.tables;

  return (
    <div className={styles.root}>
      <Field label={text.table}>
        <Select
          value={tables.tableId ?? ""}
          disabled={list === undefined || list.length === 0}
          onChange={(_, data) => tables.pick(data.value)}
        >
          {(list ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {text.tableOption(t.tableName ?? t.sheet, t.rowCount)}
            </option>
          ))}
        </Select>
      </Field>
      {!fileMode && (
        <div className={styles.buttons}>
          <Button size="small" onClick={() => void tables.refresh()}>
            {text.refreshTables}
          </Button>
          {canUseSelection && (
            <Button size="small" onClick={() => void tables.takeSelection()}>
              {text.useSelection}
            </Button>
          )}
        </div>
      )}
      <ErrorBar error={tables.error} lang={lang} />
      {list !== undefined && list.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{fileMode && tables.fileName === undefined ? text.noFile : text.noTables}</MessageBarBody>
        </MessageBar>
      )}

      {tables.tableId !== undefined && (
        <>
          <Field label={text.inputType}>
            <Select value={reading.shape} onChange={(_, data) => reading.setShape(data.value as "auto" | TableShape)}>
              <option value="auto">{text.shapeAuto(preview?.shape ?? "summary")}</option>
              {SHAPES.map((shape) => (
                <option key={shape} value={shape}>
                  {text.shapeLabel(shape)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={text.asOf} hint={text.asOfHint(reading.asOfText === "" ? preview?.asOf : undefined)}>
            <Input type="date" value={reading.asOfText} onChange={(_, data) => reading.setAsOfText(data.value)} />
          </Field>
          {reading.loading && <Spinner size="tiny" label={text.reading} />}
          <ErrorBar error={reading.error} lang={lang} />
          {preview && preview.status !== "ready" && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {preview.status === "mappingNeeded" ? text.columnsMissing : text.nothingToRead}
                </MessageBarTitle>
                {preview.problem?.[lang]}
              </MessageBarBody>
            </MessageBar>
          )}
          {preview && preview.status === "ready" && (
            <section aria-live="polite">
              <p className={styles.summary}>{text.rowsAndIssues(preview.rowsRead, preview.issues.length)}</p>
              <p className={styles.note}>
                {text.customersReadable(preview.customers)} {preview.issues.length === 0 ? text.noIssues : ""}
              </p>
            </section>
          )}
          {preview && preview.columns.length > 0 && (
            <ColumnChoices text={text} preview={preview} choices={reading.choices} onChoose={reading.choose} />
          )}
          {preview && <IssueList text={text} lang={lang} issues={preview.issues} onSelect={onSelectIssue} />}
        </>
      )}
    </div>
  );
}
