import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { AnalyzeChoices } from "../savedChoices";
import type { ClvRequestedMethod } from "../../core/clv";
import { DEFAULT_PRIORITY_WEIGHTS } from "../../core/priority";
import type { PriorityWeights } from "../../core/priority";
import { SEGMENT_SCHEME_KEYS } from "../../core/rfm";
import type { SegmentSchemeKey } from "../../core/rfm";
import type { Lang } from "../../core/types";
import { formatNumber } from "../../core/value";
import type { AnalysisState } from "../hooks/useAnalysis";
import type { AnalyzeProgress, AnalyzeRequest } from "../paneActions";
import type { PaneText } from "../paneText";
import { AnalysisSummary } from "./AnalysisSummary";
import { ErrorBar } from "./ErrorBar";
import { WeightSliders } from "./WeightSliders";

const CLV_METHODS: readonly ClvRequestedMethod[] = ["auto", "bgnbd", "retention", "simple", "historical"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** The part of an Analyze request the Data step decides. */
export type ReadRequest = Omit<AnalyzeRequest, "scheme" | "clvMethod" | "weights">;

export interface AnalyzePanelProps {
  readonly text: PaneText;
  readonly lang: Lang;
  /** The table and how to read it; `undefined` while the Data step is not ready. */
  readonly read: ReadRequest | undefined;
  /** Why the Data step is not ready (shown instead of running). */
  readonly notReady: string | undefined;
  /** The analyzed table's name as the pane shows it. */
  readonly tableName: (tableId: string) => string;
  readonly analysis: AnalysisState;
  /** The choices saved in the workbook by an earlier run; they replace the defaults when they arrive. */
  readonly saved?: AnalyzeChoices;
}

/** The progress bar's value (0..1) and words for a phase; no value while scoring (indeterminate). */
function progressOf(text: PaneText, progress: AnalyzeProgress | undefined): { value?: number; words: string } {
  if (!progress) return { words: text.starting };
  if (progress.phase === "score") return { words: text.scoring };
  const value = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const done = formatNumber(progress.done);
  const total = formatNumber(progress.total);
  return { value, words: progress.phase === "read" ? text.readingRows(done, total) : text.writingRows(done, total) };
}

/**
 * The Analyze step: segment scheme, CLV method and priority weights; a run with a progress bar and
 * a cancel button; then what was written and found (see `AnalysisSummary`).
 */
export function AnalyzePanel({ text, lang, read, notReady, tableName, analysis, saved }: AnalyzePanelProps) {
  const styles = useStyles();
  const [scheme, setScheme] = useState<SegmentSchemeKey>("rfm11");
  const [clvMethod, setClvMethod] = useState<ClvRequestedMethod>("auto");
  const [weights, setWeights] = useState<PriorityWeights>(DEFAULT_PRIORITY_WEIGHTS);
  useEffect(() => {
    if (!saved) return;
    setScheme(saved.scheme);
    setClvMethod(saved.clvMethod);
    setWeights(saved.weights);
  }, [saved]);
  const { run } = analysis;
  const running = run.status === "running";
  const progress = running ? progressOf(text, run.progress) : undefined;

  return (
    <div className={styles.root}>
      <Field label={text.scheme}>
        <Select value={scheme} disabled={running} onChange={(_, data) => setScheme(data.value as SegmentSchemeKey)}>
          {SEGMENT_SCHEME_KEYS.map((key) => (
            <option key={key} value={key}>
              {text.schemeName(key)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.clvMethod} hint={text.clvAutoHint}>
        <Select
          value={clvMethod}
          disabled={running}
          onChange={(_, data) => setClvMethod(data.value as ClvRequestedMethod)}
        >
          {CLV_METHODS.map((method) => (
            <option key={method} value={method}>
              {text.clvMethodName(method)}
            </option>
          ))}
        </Select>
      </Field>
      <WeightSliders text={text} weights={weights} onChange={setWeights} disabled={running} />

      {notReady !== undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{notReady}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={read === undefined || running}
          onClick={() => read && analysis.start({ ...read, scheme, clvMethod, weights })}
        >
          {analysis.analysis ? text.analyzeAgain : text.analyze}
        </Button>
        {running && (
          <Button disabled={run.cancelling} onClick={analysis.cancel}>
            {text.cancel}
          </Button>
        )}
      </div>
      {progress && (
        <Field
          label={text.progress}
          validationState="none"
          validationMessage={run.status === "running" && run.cancelling ? text.cancelling : progress.words}
        >
          <ProgressBar value={progress.value} max={1} thickness="large" />
        </Field>
      )}
      {run.status === "cancelled" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {run.status === "error" && <ErrorBar error={run.error} lang={lang} />}
      {analysis.analysis && !running && (
        <AnalysisSummary
          text={text}
          lang={lang}
          analysis={analysis.analysis.result}
          tableName={tableName(analysis.analysis.request.table)}
        />
      )}
    </div>
  );
}
