import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Lang } from "../../core/types";
import type { PaneText } from "../paneText";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  fileName: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

export interface FileBarProps {
  readonly text: PaneText;
  readonly lang: Lang;
  readonly fileName: string | undefined;
  readonly opening: boolean;
  readonly onOpen: (file: File) => void;
  /** Saves the workbook as a download; resolves with the file name used. */
  readonly onDownload: () => Promise<string>;
}

/**
 * Outside Office: a button that opens an .xlsx or .csv file from this computer, the open file's name,
 * and a button that downloads the workbook with everything written to it.
 */
export function FileBar({ text, lang, fileName, opening, onOpen, onDownload }: FileBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  const download = () => {
    setError(undefined);
    setSaved(undefined);
    onDownload().then(setSaved, setError);
  };

  return (
    <section className={styles.root}>
      <p className={styles.intro}>{text.fileIntro}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={opening} onClick={() => input.current?.click()}>
          {text.openFile}
        </Button>
        {fileName !== undefined && <Button onClick={download}>{text.download}</Button>}
      </div>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label={text.openFile}
        style={{ display: "none" }}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) {
            setSaved(undefined);
            onOpen(file);
          }
        }}
      />
      {opening && <Spinner size="tiny" label={text.opening} />}
      {!opening && fileName !== undefined && <p className={styles.fileName}>{text.openedFile(fileName)}</p>}
      {saved !== undefined && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text.downloaded(saved)}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} lang={lang} />
    </section>
  );
}
