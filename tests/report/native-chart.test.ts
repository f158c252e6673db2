/**
 * Native Word charts: the value labels of the capaian charts never sit on the 100 % line (label bands computed
 * in axis units from the fixed axis range and the plot height), and the chart part carries the data.
 */
import JSZip from "jszip";
import { Document, Packer, Paragraph } from "docx";
import { labelPositions, nativeChart, plotHeight, valueAxisRange } from "../../src/adapters/docx/native-chart";
import type { ReportChart } from "../../src/core/report/model";

function capaian(values: number[]): ReportChart {
  return {
    id: "c",
    kind: "column",
    title: "Capaian",
    categories: values.map((_, i) => `1.${i + 1} Indikator ${i + 1}`),
    series: [{ name: "Capaian (%)", values }],
    referenceLine: { value: 100, label: "Target 100%" },
    unit: "%",
    decimals: 2,
  };
}

/** The band a label takes at a position, in axis units (the same geometry as labelPositions). */
function band(pos: string, v: number, unit: number): [number, number] {
  const h = 16 * unit;
  const gap = 3 * unit;
  switch (pos) {
    case "outsideEnd":
      return [v, v + h + gap];
    case "insideEnd":
      return [v - h - gap, v];
    case "center":
      return [v / 2 - h / 2, v / 2 + h / 2];
    default:
      return [0, h + gap];
  }
}

describe("value labels of a capaian chart", () => {
  const cases = [
    [95.84, 100],
    [1669.77, 50.95],
    [100, 100, 100],
    [99, 101, 98.5, 120, 0.5],
    [250, 180, 100.01, 60],
  ];
  it.each(cases)("never cross the 100%% line: %p", (...values) => {
    const chart = capaian(values);
    const range = valueAxisRange(chart);
    const px = plotHeight(chart, 336);
    const unit = (range.max - range.min) / px;
    const pos = labelPositions(values, 100, range, px);
    pos.forEach((p, i) => {
      expect(p).not.toBeNull();
      if (p === "kategori") return; // written under the axis, in the category label
      const [lo, hi] = band(p as string, values[i], unit);
      expect(100 < lo || 100 > hi).toBe(true);
    });
  });

  it("moves a short bar's value just under the line into its category label", async () => {
    const chart = capaian([1669.77, 50.95]);
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [nativeChart(chart, { width: 576, height: 336 })] })] }],
    });
    const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(doc));
    const xml = await zip.file("word/charts/chart1.xml")!.async("string");
    expect(xml).toContain("1.2 Indikator 2 (50,95%)");
    expect(xml).toContain("<c:v>1669.77</c:v>");
    expect(xml).toContain("Target 100%");
    expect(Object.keys(zip.files).some((f) => f.startsWith("word/embeddings/"))).toBe(true);
  });
});
