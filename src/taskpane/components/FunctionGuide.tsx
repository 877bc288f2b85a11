import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import type { GuideEntry } from "../functionGuide";

const useStyles = makeStyles({
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: `0 0 ${tokens.spacingVerticalM}`, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  item: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyMonospace,
  },
  summary: { margin: `${tokens.spacingVerticalXXS} 0` },
  exampleLine: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  example: {
    color: tokens.colorNeutralForeground1,
    display: "inline-block",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface FunctionGuideProps {
  readonly lang: Lang;
  readonly heading: string;
  readonly intro: string;
  /** The word before each example formula with its colon ("Example:" / "示例："). */
  readonly exampleLabel: string;
  readonly entries: readonly GuideEntry[];
}

/** One line per `=CDP.*` function, with a formula to copy. */
export function FunctionGuide({ lang, heading, intro, exampleLabel, entries }: FunctionGuideProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="function-guide-heading">
      <h2 id="function-guide-heading" className={styles.heading}>
        {heading}
      </h2>
      <p className={styles.intro}>{intro}</p>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.name} className={styles.item}>
            <h3 className={styles.name}>{entry.name}</h3>
            <p className={styles.summary}>{entry.summary[lang]}</p>
            <p className={styles.exampleLine}>
              {exampleLabel} <code className={styles.example}>{entry.example}</code>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
