import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Add20Regular, Dismiss20Regular } from "@fluentui/react-icons";
import { DEFAULT_PLAN_ROLES } from "../../core/plan";
import type { Lang, LocalizedText } from "../../core/types";
import type { PaneText } from "../paneText";
import { FIELDSET_STYLES } from "./fieldsetStyles";

/** Fewest and most roles a plan takes. */
export const MIN_ROLES = 2;
export const MAX_ROLES = 12;

const useStyles = makeStyles({
  ...FIELDSET_STYLES,
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalXS },
  field: { flexGrow: 1, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface RoleListProps {
  readonly text: PaneText;
  /** The language the role names are shown and edited in (the plan's). */
  readonly lang: Lang;
  readonly roles: readonly LocalizedText[];
  readonly onChange: (roles: readonly LocalizedText[]) => void;
  readonly disabled?: boolean;
}

/**
 * The plan's roles as an editable list: rename, remove (down to 2), add (up to 12) or go back to the
 * six default roles. A renamed or added role takes the typed name in both languages, since that is
 * the team's own name for it.
 */
export function RoleList({ text, lang, roles, onChange, disabled }: RoleListProps) {
  const styles = useStyles();
  const rename = (index: number, name: string) =>
    onChange(roles.map((role, i) => (i === index ? { en: name, zh: name } : role)));
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{text.rolesHeading}</legend>
      <p className={styles.hint}>{text.rolesHint}</p>
      {roles.map((role, i) => (
        <div key={i} className={styles.row}>
          <Field className={styles.field} label={text.role(i + 1)}>
            <Input value={role[lang]} disabled={disabled} onChange={(_, data) => rename(i, data.value)} />
          </Field>
          <Button
            appearance="subtle"
            icon={<Dismiss20Regular />}
            aria-label={text.removeRole(i + 1)}
            title={text.removeRole(i + 1)}
            disabled={disabled || roles.length <= MIN_ROLES}
            onClick={() => onChange(roles.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <div className={styles.buttons}>
        <Button
          size="small"
          icon={<Add20Regular />}
          disabled={disabled || roles.length >= MAX_ROLES}
          onClick={() => onChange([...roles, { en: "", zh: "" }])}
        >
          {text.addRole}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => onChange(DEFAULT_PLAN_ROLES)}>
          {text.defaultRoles}
        </Button>
      </div>
    </fieldset>
  );
}
