import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  tagline: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    color: tokens.colorNeutralForeground2,
  },
  version: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

export interface HeaderProps {
  readonly title: string;
  readonly tagline: string;
  /** The version line, already worded in the pane's language. */
  readonly versionText: string;
}

/** The product's name (the page's one `<h1>`), what it does, and the add-in version. */
export function Header({ title, tagline, versionText }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img src="assets/icon-64.png" width={40} height={40} alt="" />
      <div>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.tagline}>{tagline}</p>
        <p className={styles.version}>{versionText}</p>
      </div>
    </header>
  );
}
