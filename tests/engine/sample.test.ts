/**
 * The engine on the bundled sample (Dinas Sosial Kabupaten Sumenep 2020, the seed's tables as printed):
 * the right figures are reproduced and every printed slip is found, nothing that is right is flagged.
 */
import path from "node:path";
import { openWorkbookFile } from "../../src/adapters/exceljs/file";
import { analyze } from "../../src/core/engine";
import type { Analysis } from "../../src/core/model";
import { readNumber, roundHalfAway } from "../../src/core/numbers";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings/settings";
import type { WorkbookSnapshot } from "../../src/core/workbook/port";
import { parseA1 } from "../../src/core/workbook/address";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "dinsos-sumenep-2020.xlsx");

let snapshot: WorkbookSnapshot;
let analysis: Analysis;

beforeAll(async () => {
  snapshot = await (await openWorkbookFile(SAMPLE)).read();
  analysis = analyze(snapshot, DEFAULT_SETTINGS);
});

const r2 = (x: number | null) => (x === null ? null : roundHalfAway(x, 2));

function cellValue(sheet: string, cell: string) {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell);
  return {
    value: s.values[row - s.originRow]?.[col - s.originCol] ?? null,
    format: s.numberFormats[row - s.originRow]?.[col - s.originCol] ?? "General",
  };
}

describe("budget figures", () => {
  test("detail table: JUMLAH 92,50% of 3.548.323.356, eight programs", () => {
    const detail = analysis.anggaran.filter((h) => /program/i.test(h.row.uraian) && h.row.level === 1);
    const sheets = new Set(detail.map((h) => h.row.sheet));
    expect(sheets.size).toBe(1);
    const sheet = [...sheets][0];
    expect(detail).toHaveLength(8);
    const total = analysis.anggaran.find((h) => h.row.sheet === sheet && h.row.isTotal)!;
    expect(total.anggaran).toBe(3548323356);
    expect(total.realisasi).toBe(3282267316);
    expect(r2(total.penyerapan.value)).toBe(92.5);
    const fakir = detail.find((h) => /Fakir Miskin/.test(h.row.uraian))!;
    expect(r2(fakir.penyerapan.value)).toBe(88.62);
    expect(fakir.anggaran).toBe(950071800);
    expect(fakir.row.children).toHaveLength(3);
    expect(fakir.sisa.value).toBe(950071800 - 841959380);
  });

  test("summary by kind of spending: 94,08% of 23.319.682.577", () => {
    const totals = analysis.anggaran.filter((h) => h.row.isTotal && h.anggaran === 23319682577);
    expect(totals).toHaveLength(1);
    expect(r2(totals[0].penyerapan.value)).toBe(94.08);
    expect(totals[0].realisasi).toBe(21938659555);
  });
});

describe("indicator figures", () => {
  const find = (nama: RegExp, sheet?: RegExp) =>
    analysis.indikator.filter((h) => nama.test(h.row.nama) && (!sheet || sheet.test(h.row.sheet)));

  test("Angka Kemiskinan: negatif guessed, 95,84% against the PK target 19,34", () => {
    const [h] = find(/Angka Kemiskinan/i, /IKU/i);
    expect(h.row.polaritas).toBe("negatif");
    expect(h.row.polaritasFrom).toBe("tebakan");
    expect(h.row.target?.value).toBe(19.34);
    expect(r2(h.capaian.value)).toBe(95.84);
    expect(h.predikat).toBe("Sangat Berhasil");
  });

  test("Persentase penanganan PMKS 1.669,77%; Jumlah PMKS 50,95% (negatif)", () => {
    for (const h of find(/penanganan PMKS/i)) {
      if (h.row.realisasi?.value == null) continue;
      expect(r2(h.capaian.value)).toBe(1669.77);
    }
    const jumlah = find(/Jumlah PMKS/i).filter((h) => h.row.realisasi?.value != null);
    expect(jumlah.length).toBeGreaterThan(0);
    for (const h of jumlah) {
      expect(h.row.polaritas).toBe("negatif");
      expect(r2(h.capaian.value)).toBe(50.95);
    }
  });

  test("sasaran means 97,92% and 860,36%, both Sangat Berhasil", () => {
    const iku = analysis.sasaran.filter((s) => /IKU/i.test(s.sheet));
    expect(iku.map((s) => r2(s.capaian.value))).toEqual([97.92, 860.36]);
    expect(iku.map((s) => s.predikat)).toEqual(["Sangat Berhasil", "Sangat Berhasil"]);
  });

  test("efisiensi: penyerapan 89,92 and 93,85 (the seed truncated 93,845 to 93,84); tingkat efisiensi 1.579,85 and -42,90; mean 768,48", () => {
    const eff = analysis.indikator.filter((h) => h.row.alokasi?.value != null);
    expect(eff).toHaveLength(2);
    expect(eff.map((h) => r2(h.penyerapan.value))).toEqual([89.92, 93.85]);
    expect(eff.map((h) => r2(h.efisiensi.value))).toEqual([1579.85, -42.9]);
    const s = analysis.sasaran.find((x) => x.efisiensi.value !== null)!;
    expect(r2(s.efisiensi.value)).toBe(768.48);
    expect(s.efisien).toBe(true);
  });

  test("capaian against the RPJMD target: 1.632,67% and 50,95%", () => {
    const akhir = analysis.indikator.filter((h) => h.capaianAkhir.value !== null).map((h) => r2(h.capaianAkhir.value));
    expect(akhir.sort()).toEqual([1632.67, 50.95].sort());
  });
});

describe("check finds every printed slip and nothing that is right", () => {
  test("the error findings point at exactly the slips", () => {
    const errors = analysis.temuan.filter((t) => t.severity === "error");
    const printed = errors.map((t) => {
      const { value, format } = cellValue(t.sheet, t.cell);
      return readNumber(value, format).value;
    });
    expect(printed.map((x) => r2(x)).sort((a, b) => a! - b!)).toEqual(
      [96.78, 1569.77, 98.39, 810.36, 1532.66, 1569.77, 1479.85, 718.48, 93.84, -42.89].sort((a, b) => a - b),
    );
    for (const t of errors) {
      expect(t.message).toMatch(/seharusnya/);
      expect(t.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  test("the slip messages carry the correct figures in Indonesian format", () => {
    const text = analysis.temuan.map((t) => t.message).join("\n");
    for (const fig of ["95,84", "1.669,77", "97,92", "860,36", "1.632,67", "1.579,85", "768,48", "93,85", "-42,90"])
      expect(text).toContain(fig);
  });

  test("no warnings on the sample; the polarity guesses are reported as info", () => {
    expect(analysis.temuan.filter((t) => t.severity === "warning")).toEqual([]);
    const guesses = analysis.temuan.filter((t) => t.code.startsWith("tebakan"));
    expect(guesses.some((g) => /Angka Kemiskinan/i.test(g.message) || /negatif/i.test(g.message))).toBe(true);
  });
});

describe("settings change the figures", () => {
  test('negatif "2T-R": Angka Kemiskinan (2*19,34 - 20,18)/19,34 = 95,66%', () => {
    const s = parseSettings({ negatif: "2T-R" });
    if (!s.ok) throw new Error(s.errors.join());
    const a = analyze(snapshot, s.settings);
    const h = a.indikator.find((x) => /Angka Kemiskinan/i.test(x.row.nama) && /IKU/i.test(x.row.sheet))!;
    expect(r2(h.capaian.value)).toBe(roundHalfAway(((2 * 19.34 - 20.18) / 19.34) * 100, 2));
    expect(r2(h.capaian.value)).toBe(95.66);
  });

  test("batasCapaian 100 caps 1.669,77 and changes the sasaran mean to 75,47", () => {
    const s = parseSettings({ batasCapaian: 100 });
    if (!s.ok) throw new Error(s.errors.join());
    const a = analyze(snapshot, s.settings);
    const iku = a.sasaran.filter((x) => /IKU/i.test(x.sheet));
    expect(r2(iku[1].capaian.value)).toBe(roundHalfAway((100 + (100606 / 197465) * 100) / 2, 2));
  });

  test("efisiensi indeks: 1.669,77 / 89,92 = 18,57", () => {
    const s = parseSettings({ efisiensi: "indeks" });
    if (!s.ok) throw new Error(s.errors.join());
    const a = analyze(snapshot, s.settings);
    const h = a.indikator.find((x) => x.row.alokasi?.value === 1214050000)!;
    expect(r2(h.efisiensi.value)).toBe(roundHalfAway(73.47 / 4.4 / (1091666930 / 1214050000), 2));
    expect(h.efisien).toBe(true);
  });

  test("skala permendagri-86: 50,95% is Sangat Rendah", () => {
    const s = parseSettings({ skala: "permendagri-86" });
    if (!s.ok) throw new Error(s.errors.join());
    const a = analyze(snapshot, s.settings);
    const h = a.indikator.find((x) => /Jumlah PMKS/i.test(x.row.nama) && x.row.realisasi?.value != null)!;
    expect(h.predikat).toBe("Sangat Rendah");
  });
});
