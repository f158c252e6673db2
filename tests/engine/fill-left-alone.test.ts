/** The left-alone rule on a small table: same figure -> formula; user's agreeing formula kept; a wrong one left alone. */
import { analyze, planFill } from "../../src/core/engine";
import { fillSummary } from "../../src/core/fill/summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook/port";

function book(): WorkbookSnapshot {
  const values: CellValue[][] = [
    ["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Meningkatnya layanan", "Indeks kepuasan masyarakat", "indeks", 80, 84, 105], // typed, agrees
    [2, "Meningkatnya layanan", "Persentase layanan tepat waktu", "%", 90, 81, 9], // wrong formula result
    [3, "Meningkatnya layanan", "Persentase aduan selesai", "%", 50, 40, 80], // user's formula, agrees
    [4, "Meningkatnya layanan", "Jumlah desa terlayani", "desa", 20, 25, 120], // typed, differs
  ];
  const formulas = values.map((r) => r.map(() => null as string | null));
  formulas[2][6] = "F3/E3*10";
  formulas[3][6] = "F4/E4*100";
  return {
    sheets: [
      {
        name: "IKU",
        originRow: 0,
        originCol: 0,
        values,
        formulas,
        numberFormats: values.map((r) => r.map(() => "General")),
        bold: values.map((r, i) => r.map(() => i === 0)),
        merges: [],
        hiddenRows: [],
        hiddenCols: [],
      },
    ],
    state: null,
  };
}

test("agreeing typed figures become formulas, wrong figures and formulas are galat and head the summary", () => {
  const s = book();
  const analysis = analyze(s, DEFAULT_SETTINGS);
  const galat = analysis.temuan.filter((t) => t.severity === "error").map((t) => t.cell);
  expect(galat.sort()).toEqual(["G3", "G5"]);
  const fill = planFill(s, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: false });
  expect(fill.sameValue.map((c) => c.cell)).toEqual(["G2"]);
  expect(fill.keptFormulas.map((c) => c.cell)).toEqual(["G4"]);
  expect(fill.leftAlone.map((l) => [l.cell, l.existing, l.wanted, l.existingFormula])).toEqual([
    ["G3", "9", "90", "F3/E3*10"],
    ["G5", "120", "125", null],
  ]);
  expect(fill.temuan.filter((t) => t.severity === "error").map((t) => t.cell)).toEqual(["G3", "G5"]);
  const lines = fillSummary(fill, "pane");
  expect(lines[0].text).toBe("2 sel dibiarkan karena isinya berbeda dari hitungan:");
  expect(lines[0].items!.map((i) => i.text)).toEqual([
    "IKU!G3 (Capaian): tertulis 9, hitungan 90",
    "IKU!G5 (Capaian): tertulis 120, hitungan 125",
  ]);
  // --force replaces them too (the user's agreeing formula stays).
  const forced = planFill(s, analysis, DEFAULT_SETTINGS, { mode: "rumus", force: true });
  expect(forced.leftAlone).toEqual([]);
  expect(forced.overwritten.map((l) => l.cell)).toEqual(["G3", "G5"]);
  expect(forced.keptFormulas.map((c) => c.cell)).toEqual(["G4"]);
  expect(forced.formulas.map((c) => c.cell)).toEqual(expect.arrayContaining(["G2", "G3", "G5"]));
});
