/**
 * Recognition on arbitrary sheets (real header words, names, codes, numbers as numbers and as text, error
 * values, merges, bold and hidden rows in random places): it never throws, and what it returns is
 * consistent: guesses point at real cells, the hierarchy is a forest, indicators belong to one group, added
 * columns sit right of the table on free columns.
 */
import fc from "fast-check";
import { recognize } from "../../src/core/recognize";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { parseA1 } from "../../src/core/workbook/address";
import type { CellValue, RangeBox, SheetSnapshot } from "../../src/core/workbook/port";

const WORDS = [
  "No",
  "Kode",
  "Uraian",
  "Program/Kegiatan",
  "Anggaran",
  "Pagu",
  "Realisasi",
  "Realisasi (Rp)",
  "%",
  "Capaian (%)",
  "Sisa",
  "Indikator Kinerja",
  "Sasaran Strategis",
  "Satuan",
  "Target",
  "Target 2021",
  "Polaritas",
  "Predikat",
  "Kinerja",
  "2019",
  "2020",
  "Penyerapan",
  "Tingkat Efisiensi",
  "Alokasi",
  "JUMLAH",
  "TOTAL",
  "RATA-RATA CAPAIAN",
  "Program Perlindungan Sosial",
  "Angka Kemiskinan",
  "1.1. Jumlah PMKS",
  "1 06 01 15 02",
  "1.06.02.2.01.0001 Penyusunan",
  "5.2.2.01.01",
  "a) Gaji",
  "1. Belanja",
  "TAHUN ANGGARAN 2020",
  "DINAS SOSIAL",
  "(1)",
  "(2)",
  "orang",
  "negatif",
  "80 - 90",
  "1.214.050.000",
  "4,40%",
  "197,465",
  "n/a",
  "Sasaran 1: Meningkatnya layanan",
  "KEPALA DINAS",
  "",
];

const HEADERS = [
  "No",
  "Kode",
  "Uraian",
  "Anggaran",
  "Realisasi",
  "%",
  "Sisa",
  "Indikator Kinerja",
  "Sasaran Strategis",
  "Satuan",
  "Target",
  "Capaian (%)",
  "Polaritas",
  "Predikat",
  "Target 2021",
  "Alokasi",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 3_000_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -10, max: 2000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: "#DIV/0!" }, { error: "#REF!" }, true) },
);

const sheetArb = (name: string): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      width: fc.integer({ min: 1, max: 9 }),
      height: fc.integer({ min: 0, max: 28 }),
      originRow: fc.integer({ min: 0, max: 3 }),
      originCol: fc.integer({ min: 0, max: 2 }),
      seed: fc.array(cell, { minLength: 9 * 28, maxLength: 9 * 28 }),
      bold: fc.array(fc.boolean(), { minLength: 28, maxLength: 28 }),
      hidden: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }),
      headerAt: fc.option(fc.nat(4), { freq: 3 }),
      header: fc.array(fc.constantFrom(...HEADERS), { minLength: 9, maxLength: 9 }),
      merges: fc.array(
        fc.record({
          r: fc.nat(27),
          c: fc.nat(8),
          h: fc.integer({ min: 1, max: 3 }),
          w: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 6 },
      ),
    })
    .map(({ width, height, originRow, originCol, seed, bold, hidden, headerAt, header, merges }) => {
      const values: CellValue[][] = Array.from({ length: height }, (_, r) =>
        Array.from({ length: width }, (_, c) => seed[r * 9 + c]),
      );
      if (headerAt !== null && headerAt < height) values[headerAt] = header.slice(0, width);
      const boxes: RangeBox[] = [];
      for (const m of merges) {
        if (m.r >= height || m.c >= width) continue;
        const b = {
          top: originRow + m.r,
          left: originCol + m.c,
          bottom: originRow + Math.min(height - 1, m.r + m.h - 1),
          right: originCol + Math.min(width - 1, m.c + m.w - 1),
        };
        if (b.top === b.bottom && b.left === b.right) continue;
        if (boxes.some((o) => !(b.bottom < o.top || b.top > o.bottom || b.right < o.left || b.left > o.right)))
          continue;
        boxes.push(b);
        for (let r = b.top; r <= b.bottom; r++)
          for (let c = b.left; c <= b.right; c++)
            if (r !== b.top || c !== b.left) values[r - originRow][c - originCol] = null;
      }
      return {
        name,
        originRow,
        originCol,
        values,
        formulas: values.map((r) => r.map(() => null)),
        numberFormats: values.map((r) => r.map((_, c) => (c % 3 === 2 ? "0.00%" : "General"))),
        bold: values.map((r, i) => r.map(() => bold[i])),
        merges: boxes,
        hiddenRows: hidden.map((h) => h + originRow),
        hiddenCols: [],
      };
    });

test("recognize never throws and returns a consistent result on arbitrary sheets", () => {
  let withAnggaran = 0;
  let withIndikator = 0;
  let withParents = 0;
  fc.assert(
    fc.property(fc.tuple(sheetArb("A"), sheetArb("B")), (sheets) => {
      const r = recognize({ sheets, state: null }, DEFAULT_SETTINGS);
      if (r.anggaran.length > 0) withAnggaran++;
      if (r.indikator.length > 0) withIndikator++;
      if (r.anggaran.some((a) => a.parent !== null)) withParents++;
      expect(r.layouts.map((l) => l.sheet)).toEqual(["A", "B"]);
      for (const g of r.guesses) {
        expect(["A", "B"]).toContain(g.sheet);
        expect(() => parseA1(g.cell.split(":")[0])).not.toThrow();
        expect(g.reason.length).toBeGreaterThan(10);
      }
      for (const l of r.layouts) {
        const cols = l.columns.map((c) => c.col);
        expect(new Set(cols.filter((_, i) => l.columns[i].role !== "kode")).size).toBe(
          cols.filter((_, i) => l.columns[i].role !== "kode").length,
        );
        for (const c of l.columns.filter((x) => x.added)) expect(c.col).toBeGreaterThan(l.lastCol);
        if (l.dataRows && l.headerRows) expect(l.dataRows[0]).toBeGreaterThan(l.headerRows[1]);
      }
      for (const sheet of ["A", "B"]) {
        const rows = r.anggaran.filter((a) => a.sheet === sheet);
        const at = new Map(rows.map((a) => [a.row, a]));
        for (const a of rows) {
          if (a.isTotal) {
            expect(a.level).toBe(0);
            expect(a.parent).toBeNull();
            for (const c of a.children) expect(at.get(c)!.parent).toBeNull();
            continue;
          }
          expect(a.level).toBeGreaterThanOrEqual(1);
          if (a.parent !== null) {
            const p = at.get(a.parent)!;
            expect(p.children).toContain(a.row);
            expect(p.level).toBeLessThan(a.level);
            expect(p.row).toBeLessThan(a.row);
          }
          for (const c of a.children) expect(at.get(c)!.parent).toBe(a.row);
        }
        const ind = r.indikator.filter((i) => i.sheet === sheet);
        const grouped = r.sasaran.filter((g) => g.sheet === sheet).flatMap((g) => g.rows);
        expect([...grouped].sort((x, y) => x - y)).toEqual(ind.map((i) => i.row).sort((x, y) => x - y));
        for (const g of r.sasaran.filter((x) => x.sheet === sheet))
          if (g.meanRow !== null) expect(ind.some((i) => i.row === g.meanRow)).toBe(false);
      }
    }),
    { numRuns: 400, seed: 20260128 },
  );
  // The sheets are not all empty noise: budget rows, hierarchies and indicators were really exercised.
  expect(withAnggaran).toBeGreaterThan(60);
  expect(withParents).toBeGreaterThan(25);
  expect(withIndikator).toBeGreaterThan(80);
});
