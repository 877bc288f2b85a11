import { Field, makeStyles, Select, Switch, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TablePreview } from "../../app/previewTable";
import type { FieldKey } from "../../core/table";
import { OPTIONAL_FIELDS } from "../optionalFields";
import type { PaneText } from "../paneText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface ColumnChoicesProps {
  readonly text: PaneText;
  readonly preview: TablePreview;
  /** The user's column choices in force (field → column index). */
  readonly choices: Readonly<Partial<Record<FieldKey, number>>>;
  readonly onChoose: (field: FieldKey, column: number | undefined) => void;
}

/**
 * One drop-down per field: the column recognised from its header (English or Chinese) or chosen by
 * the user, each changeable. The fields the input type needs always show, marked as required and
 * flagged when no column holds them; optional fields show when a column holds them, or all of them
 * with "Show all fields".
 */
export function ColumnChoices({ text, preview, choices, onChoose }: ColumnChoicesProps) {
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const required = new Set(preview.required);
  const optional = OPTIONAL_FIELDS[preview.shape].filter(
    (f) => !required.has(f) && (showAll || preview.fields[f] !== undefined),
  );
  const shown: FieldKey[] = [...preview.required, ...optional];

  return (
    <section className={styles.root} aria-labelledby="columns-heading">
      <h3 id="columns-heading" className={styles.heading}>
        {text.columnsHeading}
      </h3>
      <p className={styles.intro}>{text.columnsIntro}</p>
      {shown.map((field) => {
        const column = preview.fields[field];
        const isRequired = required.has(field);
        const label = isRequired ? text.requiredField(text.fieldLabel(field)) : text.fieldLabel(field);
        const missing = isRequired && column === undefined;
        return (
          <Field
            key={field}
            label={label}
            validationState={missing ? "error" : "none"}
            validationMessage={missing ? text.pickColumn : undefined}
            hint={column === undefined ? undefined : choices[field] === column ? text.chosen : text.recognised}
          >
            <Select
              value={column === undefined ? "" : String(column)}
              onChange={(_, data) => onChoose(field, data.value === "" ? undefined : Number(data.value))}
            >
              {column === undefined && <option value="">{isRequired ? text.chooseColumn : text.notUsed}</option>}
              {preview.columns.map((c) => (
                <option key={c.index} value={String(c.index)}>
                  {text.columnOption(c.letters, c.header)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <Switch label={text.showAllFields} checked={showAll} onChange={(_, data) => setShowAll(data.checked)} />
    </section>
  );
}
