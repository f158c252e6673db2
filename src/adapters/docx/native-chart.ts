/**
 * Report charts as native, editable Word charts (docx's ChartRun: a chart part with its data in an embedded
 * workbook, so Word's "Edit Data" opens it). Word draws them in the document's theme and the reader's number
 * separators; the numbers are given as invariant format codes ("#,##0.00").
 *
 * Value labels never sit on the 100 % line: each bar's label goes where the line is not (outside the end of
 * the bar, inside its end, in its middle or at its base, in that order of preference), judged from the axis
 * range fixed here and the plot height the chart will have. Bars are in separate category slots, so their
 * labels do not meet each other. A horizontal bar chart cannot hold a line series in Word: the penyerapan of
 * the whole (its reference value) is drawn as a last, grey bar instead.
 */
import { ChartRun, type ChartDataLabelPosition, type ChartPointLabel } from "docx/charts";
import { formatAngka } from "../../core/numbers/format";
import type { ReportChart } from "../../core/report/model";
import { niceTicks } from "./chart-image";
import { maxOf, minOf } from "../../core/arrays";

const FONT = "Arial";
const BAR_COLOR = "2F5597";
const TOTAL_COLOR = "7F7F7F";
const REF_COLOR = "C00000";
/** Height of a 9 pt value label in pixels (96 dpi), with a little room. */
const LABEL_PX = 16;

export interface NativeChartSize {
  width: number;
  height: number;
}

function formatCode(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** The value axis: from 0 (or below the lowest value) to a round number above the highest and the line. */
export function valueAxisRange(chart: ReportChart): { min: number; max: number } {
  const vals = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (chart.referenceLine) vals.push(chart.referenceLine.value);
  // 12 % headroom above the highest value for a label outside the end of its bar
  const ticks = niceTicks(minOf(vals, 0), maxOf(vals, 0) * 1.12 || 1);
  return { min: ticks[0], max: ticks[ticks.length - 1] };
}

/** The plot's height in pixels: the chart less its title, category labels and legend. */
export function plotHeight(chart: ReportChart, height: number): number {
  const longest = maxOf(
    chart.categories.map((c) => c.length),
    0,
  );
  const labelLines = Math.min(3, Math.ceil(longest / 28));
  return height - 36 /* title */ - 14 * labelLines - 30 /* legend */ - 16;
}

/**
 * Where each bar's value label goes so that it does not cross the line at `ref`: intervals in axis units of
 * the label's band for each position, the first clear one taken. null: no label (a missing value); "kategori":
 * no position is clear (a short bar just under the line), the value is written in the category label instead.
 */
export function labelPositions(
  values: (number | null)[],
  ref: number | null,
  range: { min: number; max: number },
  plotPx: number,
): (ChartDataLabelPosition | "kategori" | null)[] {
  const unit = (range.max - range.min) / Math.max(40, plotPx); // axis units per pixel
  const h = LABEL_PX * unit;
  const gap = 3 * unit;
  return values.map((v) => {
    if (v === null) return null;
    if (ref === null) return "outsideEnd";
    const base = Math.max(range.min, Math.min(0, range.max));
    const up = v >= base;
    const bands: [ChartDataLabelPosition, number, number][] = up
      ? [
          ["outsideEnd", v, v + h + gap],
          ["insideEnd", v - h - gap, v],
          ["center", (v + base) / 2 - h / 2, (v + base) / 2 + h / 2],
          ["insideBase", base, base + h + gap],
        ]
      : [
          ["outsideEnd", v - h - gap, v],
          ["insideEnd", v, v + h + gap],
          ["center", (v + base) / 2 - h / 2, (v + base) / 2 + h / 2],
          ["insideBase", base - h - gap, base],
        ];
    const inside = (pos: ChartDataLabelPosition) => pos !== "outsideEnd";
    const tall = Math.abs(v - base) >= h + 2 * gap; // a label fits inside the bar
    for (const [pos, lo, hi] of bands) {
      if (inside(pos) && !tall) continue;
      if (ref < lo - gap || ref > hi + gap) return pos;
    }
    return "kategori";
  });
}

/** A label inside a dark bar is written in white. */
function pointLabel(pos: ChartDataLabelPosition | "kategori" | null): false | ChartPointLabel {
  if (pos === null || pos === "kategori") return false;
  const inside = pos !== "outsideEnd";
  return { position: pos, font: { name: FONT, size: 9, color: inside ? "FFFFFF" : "262626", bold: inside } };
}

export function nativeChart(chart: ReportChart, size: NativeChartSize): ChartRun {
  const fmt = formatCode(chart.decimals);
  const common = {
    title: { text: chart.title, font: { name: FONT, size: 11, bold: true } },
    font: { name: FONT },
    transformation: size,
    legend: { position: "bottom" as const, font: { name: FONT, size: 9 } },
    altText: { name: chart.title, description: chart.title },
  };
  const axisFont = { name: FONT, size: 9 };
  if (chart.kind === "line") {
    return new ChartRun({
      ...common,
      type: "line",
      categories: chart.categories,
      series: chart.series.map((s) => ({ name: s.name, values: s.values, color: BAR_COLOR })),
      markers: { shape: "circle", size: 6 },
      dataLabels: { value: true, position: "above", numberFormat: fmt, font: { name: FONT, size: 9 } },
      valueAxis: { numberFormat: fmt, font: axisFont },
      categoryAxis: { font: axisFont },
    });
  }
  if (chart.kind === "bar") {
    const ref = chart.referenceLine;
    const s = chart.series[0];
    const categories = ref ? [...chart.categories, ref.label] : chart.categories;
    const values = ref ? [...s.values, ref.value] : s.values;
    return new ChartRun({
      ...common,
      type: "bar",
      gapWidth: 60,
      categories,
      series: [
        {
          name: s.name,
          values,
          color: BAR_COLOR,
          colors: values.map((_, i) => (ref && i === values.length - 1 ? TOTAL_COLOR : undefined)),
        },
      ],
      dataLabels: { value: true, position: "outsideEnd", numberFormat: fmt, font: { name: FONT, size: 9 } },
      valueAxis: { numberFormat: "#,##0", font: axisFont, minimum: 0, maximum: valueAxisRange(chart).max },
      // the first program at the top, as in the table
      categoryAxis: { font: axisFont, reverseOrder: true },
      legend: false,
    });
  }
  const range = valueAxisRange(chart);
  const ref = chart.referenceLine ?? null;
  const main = chart.series[0];
  const positions = labelPositions(main.values, ref?.value ?? null, range, plotHeight(chart, size.height));
  return new ChartRun({
    ...common,
    type: "column",
    gapWidth: 80,
    categories: chart.categories.map((c, i) =>
      positions[i] === "kategori" ? `${c} (${formatAngka(main.values[i] as number, chart.decimals)}${chart.unit})` : c,
    ),
    series: [
      {
        name: main.name,
        values: main.values,
        color: BAR_COLOR,
        dataLabels: { value: true, numberFormat: fmt, font: { name: FONT, size: 9 } },
        pointLabels: positions.map(pointLabel),
      },
      ...chart.series.slice(1).map((s) => ({ name: s.name, values: s.values })),
      ...(ref
        ? [
            {
              name: ref.label,
              values: chart.categories.map(() => ref.value),
              type: "line" as const,
              color: REF_COLOR,
              line: { color: REF_COLOR, width: 1.5, dash: "dash" as const },
              markers: false,
              dataLabels: false as const,
            },
          ]
        : []),
    ],
    valueAxis: { numberFormat: "#,##0", font: axisFont, minimum: range.min, maximum: range.max },
    categoryAxis: { font: axisFont },
  });
}
