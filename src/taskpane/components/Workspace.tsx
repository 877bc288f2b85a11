import { makeStyles, selectClassNames, Tab, TabList, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { ReactNode } from "react";
import { dayFromIso } from "../../core/days";
import type { Issue } from "../../core/issues";
import type { Lang } from "../../core/types";
import { useAnalysis } from "../hooks/useAnalysis";
import { usePreview } from "../hooks/usePreview";
import { useTables } from "../hooks/useTables";
import { mappingByHeader } from "../mappingByHeader";
import type { PaneActions } from "../paneActions";
import type { PaneText } from "../paneText";
import { AnalyzePanel } from "./AnalyzePanel";
import type { ReadRequest } from "./AnalyzePanel";
import { DataPanel } from "./DataPanel";
import { ErrorBar } from "./ErrorBar";
import { FileBar } from "./FileBar";
import { PlanPanel } from "./PlanPanel";
import { useSavedChoices } from "../hooks/useSavedChoices";

/** The pane's steps, in order, and the guide to the cell functions. */
export type Step = "data" | "analyze" | "plan" | "functions";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    // A drop-down is as wide as its longest option unless allowed to shrink: in a narrow pane
    // (Excel's is about 320 px) "Automatic: a customer summary (one row per customer)" would
    // otherwise push the pane into sideways scrolling.
    [`& .${selectClassNames.root}`]: { minWidth: 0 },
  },
  // The four tabs wrap onto a second line in a narrow pane instead of overflowing it.
  tabs: { flexWrap: "wrap" },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export interface WorkspaceProps {
  readonly text: PaneText;
  readonly lang: Lang;
  readonly actions: PaneActions;
  /** The guide to the `=CDP.*` functions, shown on its own tab. */
  readonly guide: ReactNode;
}

/**
 * The pane's work area: outside Office the file bar, then one tab per step (Data, Analyze, Build
 * plan) and one for the function guide. Every tab stays mounted while hidden, so what the user
 * chose on one tab is still there when they come back.
 */
export function Workspace({ text, lang, actions, guide }: WorkspaceProps) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>("data");
  const [selectError, setSelectError] = useState<unknown>(undefined);
  const tables = useTables(actions);
  const reading = usePreview(actions, tables.tableId, tables.revision);
  const saved = useSavedChoices(actions, tables.revision);
  const analysis = useAnalysis(actions);
  const fileMode = actions.openFile !== undefined;
  const { preview } = reading;

  const canSelect = actions.selectCell !== undefined;
  const onSelectIssue = useCallback(
    (issue: Issue) => {
      if (!actions.selectCell || !preview) return;
      setSelectError(undefined);
      actions.selectCell(preview.table.sheet, issue.address).catch(setSelectError);
    },
    [actions, preview],
  );

  const asOf = reading.asOfText === "" ? undefined : dayFromIso(reading.asOfText);
  const ready = preview !== undefined && preview.status === "ready" && !reading.loading;
  const read: ReadRequest | undefined =
    ready && tables.tableId !== undefined
      ? {
          table: tables.tableId,
          lang,
          mapping: mappingByHeader(reading.choices, preview.columns),
          shape: reading.shape,
          ...(asOf !== undefined ? { asOf } : {}),
        }
      : undefined;
  const notReady =
    tables.tableId === undefined
      ? text.needTable
      : preview?.status === "mappingNeeded" || preview?.status === "empty"
        ? text.needColumns
        : undefined;
  const tableName = (id: string) => {
    const info = tables.tables?.find((t) => t.id === id);
    return info ? (info.tableName ?? info.sheet) : id;
  };

  const panels: { readonly step: Step; readonly label: string; readonly content: ReactNode }[] = [
    {
      step: "data",
      label: text.tabData,
      content: (
        <>
          <DataPanel
            text={text}
            lang={lang}
            tables={tables}
            reading={reading}
            fileMode={fileMode}
            canUseSelection={actions.tableAtSelection !== undefined}
            {...(canSelect ? { onSelectIssue } : {})}
          />
          <ErrorBar error={selectError} lang={lang} />
        </>
      ),
    },
    {
      step: "analyze",
      label: text.tabAnalyze,
      content: (
        <AnalyzePanel
          text={text}
          lang={lang}
          read={read}
          notReady={read === undefined ? notReady : undefined}
          tableName={tableName}
          analysis={analysis}
          saved={saved.analyze}
        />
      ),
    },
    {
      step: "plan",
      label: text.tabPlan,
      content: (
        <PlanPanel
          text={text}
          lang={lang}
          analysis={analysis.analysis?.result}
          onBuild={(result, request) => actions.buildPlan(result, request)}
          fileMode={fileMode}
          saved={saved.plan}
        />
      ),
    },
    { step: "functions", label: text.tabFunctions, content: guide },
  ];

  return (
    <div className={styles.root}>
      {fileMode && actions.download && (
        <FileBar
          text={text}
          lang={lang}
          fileName={tables.fileName}
          opening={tables.opening}
          onOpen={(file) => void tables.openFile(file)}
          onDownload={() => actions.download!()}
        />
      )}
      <TabList
        className={styles.tabs}
        aria-label={text.steps}
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as Step)}
      >
        {panels.map((p) => (
          <Tab key={p.step} value={p.step} id={`tab-${p.step}`} aria-controls={`panel-${p.step}`}>
            {p.label}
          </Tab>
        ))}
      </TabList>
      {panels.map((p) => (
        <div
          key={p.step}
          id={`panel-${p.step}`}
          role="tabpanel"
          aria-labelledby={`tab-${p.step}`}
          hidden={p.step !== step}
          className={styles.panel}
        >
          {p.content}
        </div>
      ))}
    </div>
  );
}
