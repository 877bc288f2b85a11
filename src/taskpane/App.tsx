import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../core/types";
import { FunctionGuide } from "./components/FunctionGuide";
import { Header } from "./components/Header";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { Workspace } from "./components/Workspace";
import { FUNCTION_GUIDE } from "./functionGuide";
import type { PaneActions } from "./paneActions";
import { PANE_TEXT } from "./paneText";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  /** The add-in's version, shown under the product name. */
  readonly version: string;
  /** The language the pane opens in; the user can switch. */
  readonly initialLang: Lang;
  /**
   * What the pane can do in its host (Excel, or a file opened in the browser). Without actions the
   * pane shows only the guide to the `=CDP.*` functions.
   */
  readonly actions?: PaneActions;
}

/**
 * The task pane: product name and version, a language switch, then the Data, Analyze and Build plan
 * steps over the host's workbook, and the guide to the `=CDP.*` functions.
 */
export function App({ version, initialLang, actions }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const text = PANE_TEXT[lang];
  const guide = (
    <FunctionGuide
      lang={lang}
      heading={text.functionsHeading}
      intro={text.functionsIntro}
      exampleLabel={text.example}
      entries={FUNCTION_GUIDE}
    />
  );
  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <Header title={text.productName} tagline={text.tagline} versionText={text.version(version)} />
      <LanguageSwitch lang={lang} label={text.language} onChange={setLang} />
      {actions ? <Workspace text={text} lang={lang} actions={actions} guide={guide} /> : guide}
    </main>
  );
}
