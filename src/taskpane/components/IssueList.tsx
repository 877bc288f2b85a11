import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import type { Lang } from "../../core/types";
import type { PaneText } from "../paneText";

/** Issues listed at most; the rest are counted (each is also noted in the sheet by Analyze). */
export const MAX_LISTED_ISSUES = 100;

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    maxHeight: "16rem",
    overflowY: "auto",
  },
  item: { padding: `${tokens.spacingVerticalXXS} 0` },
  button: { justifyContent: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightRegular, height: "auto" },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteMarigoldForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface IssueListProps {
  readonly text: PaneText;
  readonly lang: Lang;
  readonly issues: readonly Issue[];
  /** Selects the issue's cell in the workbook; without it the issues are plain text. */
  readonly onSelect?: (issue: Issue) => void;
}

/** The problems found in the table, each with its cell address; inside Excel each one selects its cell. */
export function IssueList({ text, lang, issues, onSelect }: IssueListProps) {
  const styles = useStyles();
  if (issues.length === 0) return null;
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  return (
    <section aria-labelledby="issues-heading">
      <h3 id="issues-heading" className={styles.heading}>
        {text.issuesHeading}
      </h3>
      {onSelect && <p className={styles.hint}>{text.issuesHint}</p>}
      <ul className={styles.list} aria-labelledby="issues-heading">
        {listed.map((issue, i) => {
          const content = (
            <>
              <span className={issue.severity === "error" ? styles.error : styles.warning}>
                {text.severity(issue.severity)}
              </span>{" "}
              {issue.address}: {issue.message[lang]}
            </>
          );
          return (
            <li key={`${issue.address}-${issue.code}-${i}`} className={styles.item}>
              {onSelect ? (
                <Button appearance="transparent" size="small" className={styles.button} onClick={() => onSelect(issue)}>
                  {content}
                </Button>
              ) : (
                content
              )}
            </li>
          );
        })}
      </ul>
      {issues.length > listed.length && <p className={styles.hint}>{text.moreIssues(issues.length - listed.length)}</p>}
    </section>
  );
}
