/**
 * The negatif variant by evidence (settings.negatif "otomatis", compute/negatif.ts): the printed capaian of
 * negatif indicators pick T/R or (2T-R)/T; nothing to go by, or a split, keeps T/R; an explicit setting wins.
 * The choice reaches compute, check and the fill (the formula written is the chosen variant's twin).
 */
import { chooseNegatif } from "../../src/core/compute/negatif";
import { analyze, planFill } from "../../src/core/engine";
import { recognize } from "../../src/core/recognize";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../src/core/settings/settings";
import type { CellValue } from "../../src/core/workbook/port";
import { sheet, workbook } from "../support/snapshot";

const HEADER = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];

/**
 * Three negatif indicators (names the polaritas guess makes negatif) and one positif; `printed` is the capaian
 * column of each row (null: empty). T/R and (2T-R)/T differ on every negatif row:
 * 10 / 8: 125 and 120; 20 / 25: 80 and 75; 5,5 / 5: 110 and 109,09.
 */
function book(printed: (number | null)[]) {
  const rows: (CellValue | undefined)[][] = [
    ["PENGUKURAN KINERJA TAHUN 2023"],
    [],
    HEADER,
    [1, "Angka kemiskinan", "%", 10, 8, printed[0]],
    [2, "Tingkat pengangguran terbuka", "%", 20, 25, printed[1]],
    [3, "Prevalensi stunting", "%", 5.5, 5, printed[2]],
    [4, "Persentase penduduk berKTP", "%", 80, 90, printed[3] ?? 112.5],
  ];
  return workbook([sheet("Pengukuran", rows)]);
}

const settings = (over: Record<string, unknown> = {}): Settings => {
  const r = parseSettings({ tahun: 2023, ...over });
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.settings;
};

function decide(printed: (number | null)[], over: Record<string, unknown> = {}) {
  const s = settings(over);
  return chooseNegatif(recognize(book(printed), s), s);
}

describe("the decision", () => {
  test("the default setting is otomatis", () => {
    expect(DEFAULT_SETTINGS.negatif).toBe("otomatis");
  });

  test("printed capaian under T/R: T/R, by evidence, said as a tebakan with the count", () => {
    const d = decide([125, 80, 110]);
    expect(d.choice).toEqual({ variant: "T/R", from: "bukti", evidence: { "T/R": 3, "2T-R": 0 } });
    expect(d.guess).toMatchObject({ sheet: "Pengukuran", cell: "F4", about: "negatif", value: "T/R" });
    expect(d.guess!.reason).toContain("T/R × 100: 3 capaian tercetak");
    expect(d.guess!.reason).toContain("Pengaturan");
    expect(d.guess!.peringatan).toBeUndefined();
  });

  test("printed capaian under (2T-R)/T: 2T-R, by evidence", () => {
    const d = decide([120, 75, 109.09]);
    expect(d.choice).toEqual({ variant: "2T-R", from: "bukti", evidence: { "T/R": 0, "2T-R": 3 } });
    expect(d.guess!.reason).toContain("(2T − R)/T × 100: 3 capaian tercetak");
    expect(d.guess!.confidence).toBe("tinggi");
  });

  test("a printed capaian at one decimal counts at that precision", () => {
    // 109,1 shows (2*5,5-5)/5,5 = 109,0909 at one decimal; T/R would be 110,0.
    const one = decide([null, null, 109.1]);
    expect(one.choice).toMatchObject({ variant: "2T-R", evidence: { "T/R": 0, "2T-R": 1 } });
    // One capaian alone is evidence, but not strong: it could be a slip that happens to fit.
    expect(one.guess!.confidence).toBe("sedang");
  });

  test("no printed capaian: T/R by default, said once at the first negatif indicator", () => {
    const d = decide([null, null, null]);
    expect(d.choice).toEqual({ variant: "T/R", from: "bawaan", evidence: { "T/R": 0, "2T-R": 0 } });
    expect(d.guess).toMatchObject({ cell: "D4", value: "T/R" });
    expect(d.guess!.reason).toContain("rumus bawaan T/R × 100");
  });

  test("a printed capaian that agrees with neither (a slip) or with both (T = R) is no evidence", () => {
    const s = settings();
    const rows: (CellValue | undefined)[][] = [
      HEADER,
      [1, "Angka kemiskinan", "%", 10, 8, 99],
      [2, "Tingkat pengangguran terbuka", "%", 20, 20, 100],
    ];
    const d = chooseNegatif(recognize(workbook([sheet("IKU", rows)]), s), s);
    expect(d.choice).toEqual({ variant: "T/R", from: "bawaan", evidence: { "T/R": 0, "2T-R": 0 } });
  });

  test("split evidence: T/R by default, and a peringatan at the first (2T-R)/T capaian", () => {
    const d = decide([125, 75, null]);
    expect(d.choice).toEqual({ variant: "T/R", from: "bawaan", evidence: { "T/R": 1, "2T-R": 1 } });
    expect(d.guess).toMatchObject({ cell: "F5", peringatan: true, confidence: "rendah" });
    expect(d.guess!.reason).toContain("tidak seragam: 1 cocok dengan T/R × 100, 1 dengan (2T − R)/T × 100");
  });

  test("a clear majority (3 in 4) decides; the rows of the other variant are named", () => {
    const s = settings();
    const rows: (CellValue | undefined)[][] = [
      HEADER,
      [1, "Angka kemiskinan", "%", 10, 8, 120],
      [2, "Tingkat pengangguran terbuka", "%", 20, 25, 75],
      [3, "Prevalensi stunting", "%", 5.5, 5, 109.09],
      [4, "Jumlah kasus gizi buruk", "Kasus", 40, 50, 80],
    ];
    const d = chooseNegatif(recognize(workbook([sheet("IKU", rows)]), s), s);
    expect(d.choice).toEqual({ variant: "2T-R", from: "bukti", evidence: { "T/R": 1, "2T-R": 3 } });
    expect(d.guess!.reason).toContain("1 dengan T/R × 100 (dilaporkan berbeda)");
    expect(d.guess!.confidence).toBe("sedang");
  });

  test("evidence is gathered over all sheets together", () => {
    const s = settings();
    const a = sheet("IKU", [HEADER, [1, "Angka kemiskinan", "%", 10, 8, 120]]);
    const b = sheet("PK", [HEADER, [1, "Tingkat pengangguran terbuka", "%", 20, 25, 75]]);
    const d = chooseNegatif(recognize(workbook([a, b]), s), s);
    expect(d.choice).toEqual({ variant: "2T-R", from: "bukti", evidence: { "T/R": 0, "2T-R": 2 } });
  });

  test("an explicit setting wins over the evidence, and nothing is guessed", () => {
    const d = decide([120, 75, 109.09], { negatif: "T/R" });
    expect(d.choice).toEqual({ variant: "T/R", from: "setelan", evidence: { "T/R": 0, "2T-R": 3 } });
    expect(d.guess).toBeNull();
  });

  test("stored settings with an explicit value keep working", () => {
    expect(settings({ negatif: "2T-R" }).negatif).toBe("2T-R");
    expect(settings({ negatif: "T/R" }).negatif).toBe("T/R");
    expect(parseSettings({ negatif: "auto" }).ok).toBe(false);
  });
});

describe("the engine", () => {
  const printed2TR = [120, 75, null]; // row 6 empty: the fill writes its capaian

  test("check: capaian printed right under (2T-R)/T are no slip; the tebakan says why", () => {
    const a = analyze(book(printed2TR), settings());
    expect(a.negatif.variant).toBe("2T-R");
    expect(a.temuan.filter((t) => t.code === "capaian-beda")).toEqual([]);
    const kemiskinan = a.indikator.find((h) => h.row.nama === "Angka kemiskinan")!;
    expect(kemiskinan.capaian.value).toBe(120);
    const stunting = a.indikator.find((h) => h.row.nama === "Prevalensi stunting")!;
    expect(stunting.capaian.value).toBeCloseTo(109.0909, 4);
    const note = a.temuan.find((t) => t.code === "tebakan-negatif")!;
    expect(note).toMatchObject({ severity: "info", sheet: "Pengukuran", cell: "F4", tab: "pengaturan" });
    expect(note.message).toContain("(2T − R)/T × 100: 2 capaian tercetak");
    expect(note.message).not.toContain("tab Lembar");
  });

  test("check: the same capaian under an explicit T/R are slips", () => {
    const a = analyze(book(printed2TR), settings({ negatif: "T/R" }));
    expect(a.negatif).toMatchObject({ variant: "T/R", from: "setelan" });
    expect(
      a.temuan
        .filter((t) => t.code === "capaian-beda")
        .map((t) => t.cell)
        .sort(),
    ).toEqual(["F4", "F5"]);
    expect(a.temuan.some((t) => t.code === "tebakan-negatif")).toBe(false);
  });

  test("fill writes the (2T-R)/T twin where the printed capaian are (2T-R)/T", () => {
    const snapshot = book(printed2TR);
    const s = settings();
    const a = analyze(snapshot, s);
    const fill = planFill(snapshot, a, s, { mode: "rumus", force: false });
    const f6 = fill.formulas.find((c) => c.sheet === "Pengukuran" && c.cell === "F6");
    expect(f6).toBeDefined();
    const formula = formulaAt(fill.plan.ops, "Pengukuran", "F6");
    expect(formula).toContain("(2*D6-E6)/D6");
    expect(formula).not.toContain("D6/E6");
    // Under T/R the twin is T/R's.
    const t = settings({ negatif: "T/R" });
    const tr = planFill(snapshot, analyze(snapshot, t), t, { mode: "rumus", force: false });
    expect(formulaAt(tr.plan.ops, "Pengukuran", "F6")).toContain("D6/E6");
  });
});

function formulaAt(
  ops: ReturnType<typeof planFill>["plan"]["ops"],
  sheetName: string,
  cell: string,
): string | undefined {
  const col = cell.charCodeAt(0) - 65;
  const row = Number(cell.slice(1)) - 1;
  for (const op of ops) {
    if (op.kind !== "cells" || op.sheet !== sheetName) continue;
    const w = op.cells[row - op.row]?.[col - op.col];
    if (w?.formula !== undefined) return w.formula;
  }
  return undefined;
}
