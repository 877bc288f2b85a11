import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalyzeResult } from "../../app/analyzeTable";
import type { AnalyzeProgress, AnalyzeRequest, PaneActions } from "../paneActions";

/** Where the Analyze button's run is. */
export type AnalysisRun =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: AnalyzeProgress | undefined; readonly cancelling: boolean }
  | { readonly status: "done" }
  | { readonly status: "cancelled" }
  | { readonly status: "error"; readonly error: unknown };

/** The Analyze run and the latest analysis that completed. */
export interface AnalysisState {
  readonly run: AnalysisRun;
  /** The latest completed analysis (kept when a later run fails or is cancelled), with its request. */
  readonly analysis: { readonly result: AnalyzeResult; readonly request: AnalyzeRequest } | undefined;
  readonly start: (request: AnalyzeRequest) => void;
  readonly cancel: () => void;
}

/**
 * Runs Analyze with a progress listener and a cancel switch. Cancelling aborts the run's signal:
 * the run then ends as `cancelled` if nothing had been written, or completes if writing had begun.
 * A run still going when the pane closes is cancelled.
 */
export function useAnalysis(actions: PaneActions): AnalysisState {
  const [run, setRun] = useState<AnalysisRun>({ status: "idle" });
  const [analysis, setAnalysis] = useState<AnalysisState["analysis"]>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (request: AnalyzeRequest) => {
      const own = new AbortController();
      controller.current = own;
      const live = () => controller.current === own;
      setRun({ status: "running", progress: undefined, cancelling: false });
      actions
        .analyze(
          request,
          (progress) => {
            if (live()) setRun((r) => (r.status === "running" ? { ...r, progress } : r));
          },
          own.signal,
        )
        .then(
          (result) => {
            if (!live()) return;
            setAnalysis({ result, request });
            setRun({ status: "done" });
          },
          (error: unknown) => {
            if (live()) setRun(own.signal.aborted ? { status: "cancelled" } : { status: "error", error });
          },
        );
    },
    [actions],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setRun((r) => (r.status === "running" ? { ...r, cancelling: true } : r));
  }, []);

  return { run, analysis, start, cancel };
}
