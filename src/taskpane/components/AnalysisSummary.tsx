import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { AnalyzeResult } from "../../app/analyzeTable";
import { CLV_METHOD_LABELS, formatMoney } from "../../core/plan";
import type { RfmDimension } from "../../core/rfm";
import { segmentLabel } from "../../core/score";
import type { Lang } from "../../core/types";
import { formatNumber, formatPercent } from "../../core/value";
import type { PaneText } from "../paneText";

const DIMENSIONS: readonly RfmDimension[] = ["recency", "frequency", "monetary"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export interface AnalysisSummaryProps {
  readonly text: PaneText;
  readonly lang: Lang;
  readonly analysis: AnalyzeResult;
  /** The table that was analyzed, as the pane names it. */
  readonly tableName: string;
}

/**
 * What Analyze did and found: customers scored and columns written, the CLV method used (and why,
 * when the model could not be used), customers and revenue per segment, and the RFM cut points.
 */
export function AnalysisSummary({ text, lang, analysis, tableName }: AnalysisSummaryProps) {
  const styles = useStyles();
  const { result } = analysis;
  const scheme = result.segmentation.scheme;
  const rows = analysis.segments.filter((row) => row.customers > 0);
  const customers = rows.reduce((sum, row) => sum + row.customers, 0);
  const revenue = rows.reduce((sum, row) => sum + row.revenue, 0);
  const dimensionLabel = (d: RfmDimension) =>
    d === "recency"
      ? text.recencyDays
      : d === "frequency"
        ? text.frequencyPurchases
        : text.monetaryAmount(result.rfm.monetary === "average");
  const thresholds = result.segmentation.thresholds;

  return (
    <div className={styles.root}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {text.scored(result.customers.length)}{" "}
          {analysis.customerSheet !== undefined
            ? text.wroteSheet(analysis.customerSheet)
            : text.wroteColumns(analysis.written.length, tableName)}
        </MessageBarBody>
      </MessageBar>
      <div>
        <p className={styles.note}>{text.clvUsed(CLV_METHOD_LABELS[result.clv.method][lang])}</p>
        {result.clv.fallback && <p className={styles.note}>{text.clvWhy(result.clv.fallback.reason[lang])}</p>}
      </div>

      <section aria-labelledby="segments-heading">
        <h3 id="segments-heading" className={styles.heading}>
          {text.segmentsHeading}
        </h3>
        <Table size="small" aria-labelledby="segments-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text.segment}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.customers}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.share}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.revenue}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.revenueShare}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell>{segmentLabel(scheme, row.key, lang)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(row.customers)}</TableCell>
                <TableCell className={styles.number}>{formatPercent(row.share)}</TableCell>
                <TableCell className={styles.number}>{formatMoney(row.revenue)}</TableCell>
                <TableCell className={styles.number}>{formatPercent(row.revenueShare)}</TableCell>
              </TableRow>
            ))}
            <TableRow className={styles.total}>
              <TableCell>{text.total}</TableCell>
              <TableCell className={styles.number}>{formatNumber(customers)}</TableCell>
              <TableCell className={styles.number}>{formatPercent(customers > 0 ? 1 : 0)}</TableCell>
              <TableCell className={styles.number}>{formatMoney(revenue)}</TableCell>
              <TableCell className={styles.number}>{formatPercent(revenue !== 0 ? 1 : 0)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </section>

      <section aria-labelledby="breakpoints-heading">
        <h3 id="breakpoints-heading" className={styles.heading}>
          {text.breakpointsHeading}
        </h3>
        <p className={styles.note}>{text.breakpointsIntro(result.rfm.bins)}</p>
        <Table size="small" aria-labelledby="breakpoints-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text.dimension}</TableHeaderCell>
              <TableHeaderCell>{text.cutPoints}</TableHeaderCell>
              {thresholds && <TableHeaderCell>{text.threshold}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {DIMENSIONS.map((d) => (
              <TableRow key={d}>
                <TableCell>{dimensionLabel(d)}</TableCell>
                <TableCell>{result.rfm.breakpoints[d].map((v) => formatNumber(v, 2)).join(" · ")}</TableCell>
                {thresholds && <TableCell>{formatNumber(thresholds[d], 2)}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {thresholds && <p className={styles.note}>{text.thresholdsIntro}</p>}
      </section>
    </div>
  );
}
