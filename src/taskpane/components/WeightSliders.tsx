import { Button, Field, makeStyles, Slider, tokens } from "@fluentui/react-components";
import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_CRITERIA } from "../../core/priority";
import type { PriorityWeights } from "../../core/priority";
import type { PaneText } from "../paneText";
import { FIELDSET_STYLES } from "./fieldsetStyles";
import { rebalanceWeights } from "../rebalanceWeights";

const useStyles = makeStyles({
  ...FIELDSET_STYLES,
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  slider: { flexGrow: 1, minWidth: 0 },
  value: { minWidth: "3.5em", textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface WeightSlidersProps {
  readonly text: PaneText;
  /** In percent, adding up to 100. */
  readonly weights: PriorityWeights;
  readonly onChange: (weights: PriorityWeights) => void;
  readonly disabled?: boolean;
}

/** Four sliders for the priority weights, shown as percentages that always add up to 100. */
export function WeightSliders({ text, weights, onChange, disabled }: WeightSlidersProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{text.weightsHeading}</legend>
      <p className={styles.hint}>{text.weightsHint}</p>
      {PRIORITY_CRITERIA.map((criterion) => (
        <Field key={criterion} label={text.criterion(criterion)}>
          {(fieldProps) => (
            <div className={styles.row}>
              <Slider
                {...fieldProps}
                className={styles.slider}
                min={0}
                max={100}
                step={1}
                value={weights[criterion]}
                disabled={disabled}
                aria-valuetext={text.percent(weights[criterion])}
                onChange={(_, data) => onChange(rebalanceWeights(weights, criterion, data.value))}
              />
              <span className={styles.value} aria-hidden="true">
                {text.percent(weights[criterion])}
              </span>
            </div>
          )}
        </Field>
      ))}
      <div>
        <Button size="small" disabled={disabled} onClick={() => onChange(DEFAULT_PRIORITY_WEIGHTS)}>
          {text.resetWeights}
        </Button>
      </div>
    </fieldset>
  );
}
