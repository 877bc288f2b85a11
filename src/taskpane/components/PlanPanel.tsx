import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PlanChoices } from "../savedChoices";
import type { AnalyzeResult } from "../../app/analyzeTable";
import { defaultPlanStart } from "../../app/defaultPlanStart";
import { dayFromIso, isoFromDay } from "../../core/days";
import { DEFAULT_PLAN_ROLES } from "../../core/plan";
import type { Ambition } from "../../core/plan";
import type { Lang, LocalizedText } from "../../core/types";
import type { PlanRequest } from "../paneActions";
import { PANE_TEXT } from "../paneText";
import type { PaneText } from "../paneText";
import { planRequest } from "../planRequest";
import type { PlanFormProblem } from "../planRequest";
import { ErrorBar } from "./ErrorBar";
import { RoleList } from "./RoleList";

const AMBITIONS: readonly Ambition[] = ["conservative", "moderate", "ambitious"];
const QUARTERS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

type BuildState =
  | { readonly status: "idle" }
  | { readonly status: "building" }
  | { readonly status: "done"; readonly sheet: string }
  | { readonly status: "error"; readonly error: unknown };

export interface PlanPanelProps {
  readonly text: PaneText;
  readonly lang: Lang;
  /** The latest completed analysis; the plan is built from it. */
  readonly analysis: AnalyzeResult | undefined;
  readonly onBuild: (analysis: AnalyzeResult, request: PlanRequest) => Promise<string>;
  /** True outside Office, where the plan reaches the user by downloading the workbook. */
  readonly fileMode: boolean;
  /** The plan inputs saved in the workbook by an earlier build; they replace the defaults when they arrive. */
  readonly saved?: PlanChoices;
}

function problemText(text: PaneText, problem: PlanFormProblem): string {
  switch (problem.kind) {
    case "name":
      return text.nameNeeded;
    case "start":
      return text.startNeeded;
    case "roleName":
      return text.roleNeedsName(problem.position);
    case "roleTwice":
      return text.roleTwice(problem.name);
  }
}

/**
 * The Build plan step: name, start date, horizon, roles, language and ambition; builds the plan
 * sheet from the latest analysis, or rebuilds it (keeping what people typed into it). The name and
 * the start date follow the analysis until the user types their own.
 */
export function PlanPanel({ text, lang, analysis, onBuild, fileMode, saved }: PlanPanelProps) {
  const styles = useStyles();
  const [planLang, setPlanLang] = useState<Lang | undefined>(undefined);
  const [nameTyped, setNameTyped] = useState<string | undefined>(undefined);
  const [startTyped, setStartTyped] = useState<string | undefined>(undefined);
  const [quarters, setQuarters] = useState(4);
  const [roles, setRoles] = useState<readonly LocalizedText[]>(DEFAULT_PLAN_ROLES);
  const [ambition, setAmbition] = useState<Ambition>("moderate");
  const [problem, setProblem] = useState<PlanFormProblem | undefined>(undefined);
  const [build, setBuild] = useState<BuildState>({ status: "idle" });
  useEffect(() => {
    if (!saved) return;
    setNameTyped(saved.name);
    setQuarters(saved.quarters);
    setRoles(saved.roles);
    setPlanLang(saved.lang);
    setAmbition(saved.ambition);
  }, [saved]);

  if (!analysis) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{text.needAnalysis}</MessageBarBody>
      </MessageBar>
    );
  }

  const language = planLang ?? lang;
  const asOf = analysis.asOf === undefined ? undefined : dayFromIso(analysis.asOf);
  const start = startTyped ?? (asOf === undefined ? "" : isoFromDay(defaultPlanStart(asOf)));
  const name = nameTyped ?? PANE_TEXT[language].defaultPlanName(start.slice(0, 4));
  const building = build.status === "building";

  const submit = () => {
    const form = planRequest({ name, start, quarters, roles, lang: language, ambition });
    setProblem(form.problem);
    if (!form.request) return;
    setBuild({ status: "building" });
    onBuild(analysis, form.request).then(
      (sheet) => setBuild({ status: "done", sheet }),
      (error: unknown) => setBuild({ status: "error", error }),
    );
  };

  return (
    <div className={styles.root}>
      <Field
        label={text.planName}
        validationState={problem?.kind === "name" ? "error" : "none"}
        validationMessage={problem?.kind === "name" ? text.nameNeeded : undefined}
      >
        <Input value={name} disabled={building} onChange={(_, data) => setNameTyped(data.value)} />
      </Field>
      <Field
        label={text.startDate}
        validationState={problem?.kind === "start" ? "error" : "none"}
        validationMessage={problem?.kind === "start" ? text.startNeeded : undefined}
      >
        <Input type="date" value={start} disabled={building} onChange={(_, data) => setStartTyped(data.value)} />
      </Field>
      <Field label={text.horizon}>
        <Select value={String(quarters)} disabled={building} onChange={(_, data) => setQuarters(Number(data.value))}>
          {QUARTERS.map((q) => (
            <option key={q} value={String(q)}>
              {text.quarters(q)}
            </option>
          ))}
        </Select>
      </Field>
      <RoleList text={text} lang={language} roles={roles} onChange={setRoles} disabled={building} />
      {problem && (problem.kind === "roleName" || problem.kind === "roleTwice") && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{problemText(text, problem)}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={text.planLanguage}>
        <Select
          value={language}
          disabled={building}
          onChange={(_, data) => setPlanLang(data.value === "zh" ? "zh" : "en")}
        >
          <option value="en" lang="en">
            English
          </option>
          <option value="zh" lang="zh-CN">
            中文
          </option>
        </Select>
      </Field>
      <Field label={text.ambition}>
        <Select value={ambition} disabled={building} onChange={(_, data) => setAmbition(data.value as Ambition)}>
          {AMBITIONS.map((a) => (
            <option key={a} value={a}>
              {text.ambitionName(a)}
            </option>
          ))}
        </Select>
      </Field>
      <p className={styles.note}>{text.keepsEdits}</p>
      <div>
        <Button appearance="primary" disabled={building} onClick={submit}>
          {build.status === "done" ? text.rebuildPlan : text.buildPlan}
        </Button>
      </div>
      {building && <Spinner size="tiny" label={text.building} />}
      {build.status === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {text.built(build.sheet)} {fileMode ? text.builtInFile : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {build.status === "error" && <ErrorBar error={build.error} lang={lang} />}
    </div>
  );
}
