import { tokens } from "@fluentui/react-components";

/**
 * The look of a group of controls under a legend (the weight sliders, the role list): a borderless
 * fieldset stacked in a column, a semibold legend and a small hint line. Spread into a component's
 * `makeStyles` next to its own classes.
 */
export const FIELDSET_STYLES = {
  root: {
    margin: 0,
    padding: 0,
    border: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
} as const;
