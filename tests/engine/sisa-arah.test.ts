/**
 * "Lebih/(Kurang)", "Lebih (Kurang)", "Selisih": a printed sisa whose sign its values decide (compute/sisa-arah.ts).
 * The check compares under that sign, revenue rows under their own; fill adds no second Sisa column and writes
 * the column only where it is empty, with the sign; a plain "Sisa" keeps anggaran − realisasi.
 */
import { isSignedSisaHeader } from "../../src/core/compute/sisa-arah";
import { analyze, planFill } from "../../src/core/engine";
import { headerMeaning } from "../../src/core/recognize/vocabulary";
import { normalize } from "../../src/core/recognize/text";
import { parseSettings, type Settings } from "../../src/core/settings/settings";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook/port";
import { a1 } from "../../src/core/workbook/address";
import { sheet, workbook } from "../support/snapshot";

const S = "LRA";
const settings = (): Settings => {
  const r = parseSettings({ tahun: 2023 });
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.settings;
};

/** Kode | Uraian | Anggaran | Realisasi | <header>, spending rows (5.x) with the given printed differences. */
function belanja(header: string, printed: (CellValue | undefined)[]): WorkbookSnapshot {
  const rows: (CellValue | undefined)[][] = [
    ["LAPORAN REALISASI ANGGARAN TAHUN 2023"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", header],
    ["5.1.01", "Belanja Pegawai", 1_000_000, 900_000, printed[0]],
    ["5.1.02", "Belanja Barang dan Jasa", 2_000_000, 1_500_000, printed[1]],
    ["5.1.05", "Belanja Hibah", 400_000, 350_000, printed[2]],
    ["5.2.02", "Belanja Modal Peralatan", 800_000, 780_000, printed[3]],
  ];
  return workbook([sheet(S, rows)]);
}

function cellsWritten(snapshot: WorkbookSnapshot, force: boolean) {
  const s = settings();
  const a = analyze(snapshot, s);
  const fill = planFill(snapshot, a, s, { mode: "rumus", force });
  const out = new Map<string, string>();
  for (const op of fill.plan.ops) {
    if (op.kind !== "cells") continue;
    op.cells.forEach((row, r) =>
      row.forEach((w, c) => {
        if (w && (w.formula !== undefined || w.value !== undefined))
          out.set(a1(op.row + r, op.col + c), w.formula ?? String(w.value));
      }),
    );
  }
  return { a, fill, out };
}

describe("headers", () => {
  test.each(["Lebih / (Kurang)", "Lebih (Kurang)", "Lebih/(Kurang)", "LEBIH/KURANG", "Selisih", "Selisih (Rp)"])(
    "%s is a sisa with a sign of its own",
    (h) => {
      expect(headerMeaning(normalize(h))).toEqual({ role: "sisa" });
      expect(isSignedSisaHeader(h)).toBe(true);
    },
  );

  test("a plain Sisa is a sisa by definition; a percentage of the difference is no sisa", () => {
    expect(headerMeaning(normalize("Sisa Anggaran"))).toEqual({ role: "sisa" });
    expect(isSignedSisaHeader("Sisa Anggaran")).toBe(false);
    expect(headerMeaning(normalize("Lebih/(Kurang) %"))?.role).not.toBe("sisa");
  });
});

describe("the sign, by the values", () => {
  test("anggaran − realisasi: no finding, no second Sisa column, a tebakan with the count", () => {
    const { a, fill } = cellsWritten(belanja("Lebih / (Kurang)", [100_000, 500_000, 50_000, 20_000]), false);
    expect(a.sisaArah).toMatchObject([{ sheet: S, col: 4, arah: "anggaran-realisasi", from: "bukti" }]);
    expect(a.sisaArah[0].evidence).toEqual({ "anggaran-realisasi": 4, "realisasi-anggaran": 0 });
    expect(a.temuan.filter((t) => t.code === "sisa-beda")).toEqual([]);
    const note = a.temuan.find((t) => t.code === "tebakan-sisaarah")!;
    expect(note).toMatchObject({ severity: "info", sheet: S, cell: "E3" });
    expect(note.message).toContain("bertanda anggaran − realisasi: 4 baris belanja cocok");
    expect(fill.addedColumns.map((c) => c.header)).not.toContainEqual(expect.stringMatching(/sisa/i));
    expect(a.recognition.layouts[0].columns.filter((c) => c.role === "sisa")).toHaveLength(1);
  });

  test("realisasi − anggaran (negative for what is left): no finding; a wrong figure is a slip under that sign", () => {
    const { a } = cellsWritten(belanja("Selisih", [-100_000, -500_000, -50_000, -2_000]), false);
    expect(a.sisaArah[0]).toMatchObject({ arah: "realisasi-anggaran", from: "bukti" });
    const slips = a.temuan.filter((t) => t.code === "sisa-beda");
    expect(slips.map((t) => t.cell)).toEqual(["E7"]);
    expect(slips[0].message).toContain("seharusnya -20.000");
    expect(slips[0].message).toContain("realisasi 780.000 dikurangi anggaran 800.000");
  });

  test("fill writes only the empty cells, with the sign the values show, and never over a printed figure", () => {
    const book = belanja("Lebih / (Kurang)", [-100_000, -500_000, null, -2_000]);
    for (const force of [false, true]) {
      const { out, fill } = cellsWritten(book, force);
      expect(out.get("E6")).toBe('IF(AND(ISNUMBER(D6),ISNUMBER(C6)),D6-C6,"")');
      for (const c of ["E4", "E5", "E7"]) expect(out.has(c)).toBe(false);
      expect(fill.overwritten).toEqual([]);
    }
  });

  test("no printed figure to go by: anggaran − realisasi, no tebakan, still no second column", () => {
    const { a, out, fill } = cellsWritten(belanja("Lebih (Kurang)", [null, null, null, null]), false);
    expect(a.sisaArah[0]).toMatchObject({ arah: "anggaran-realisasi", from: "bawaan" });
    expect(a.temuan.some((t) => t.code === "tebakan-sisaarah")).toBe(false);
    expect(out.get("E4")).toBe('IF(AND(ISNUMBER(C4),ISNUMBER(D4)),C4-D4,"")');
    expect(fill.addedColumns.some((c) => /sisa/i.test(c.header))).toBe(false);
  });

  test("a plain Sisa column keeps anggaran − realisasi: a printed realisasi − anggaran there is a slip", () => {
    const { a } = cellsWritten(belanja("Sisa Anggaran", [-100_000, -500_000, -50_000, -20_000]), false);
    expect(a.sisaArah).toEqual([]);
    expect(a.temuan.filter((t) => t.code === "sisa-beda")).toHaveLength(4);
  });

  test("revenue rows with their own sign: pendapatan realisasi − anggaran, belanja anggaran − realisasi", () => {
    const rows: (CellValue | undefined)[][] = [
      ["Kode", "Uraian", "Anggaran", "Realisasi", "Lebih (Kurang)"],
      ["4", "PENDAPATAN"],
      ["4.1.02", "Retribusi Pelayanan Kesehatan", 500_000, 620_000, 120_000],
      ["4.1.04", "Lain-lain PAD yang Sah", 100_000, 80_000, -20_000],
      ["4.1.05", "Pendapatan Jasa Giro", 10_000, 12_000, null],
      ["5", "BELANJA"],
      ["5.1.01", "Belanja Pegawai", 300_000, 250_000, 50_000],
      ["5.1.02", "Belanja Barang dan Jasa", 200_000, 150_000, 50_000],
      ["5.2.02", "Belanja Modal", 100_000, 40_000, null],
    ];
    const { a, out } = cellsWritten(workbook([sheet(S, rows)]), false);
    expect(a.sisaArah[0]).toMatchObject({
      arah: "anggaran-realisasi",
      evidence: { "anggaran-realisasi": 2, "realisasi-anggaran": 0 },
      pendapatan: {
        arah: "realisasi-anggaran",
        from: "bukti",
        evidence: { "anggaran-realisasi": 0, "realisasi-anggaran": 2 },
      },
    });
    expect(a.temuan.filter((t) => t.code === "sisa-beda")).toEqual([]);
    expect(a.temuan.find((t) => t.code === "tebakan-sisaarah")!.message).toContain(
      "Baris pendapatan bertanda realisasi − anggaran (2 baris)",
    );
    expect(out.get("E5")).toBe('IF(AND(ISNUMBER(D5),ISNUMBER(C5)),D5-C5,"")');
    expect(out.get("E9")).toBe('IF(AND(ISNUMBER(C9),ISNUMBER(D9)),C9-D9,"")');
    for (const c of ["E3", "E4", "E7", "E8"]) expect(out.has(c)).toBe(false);
  });

  test("a revenue row against its own sign is a slip", () => {
    const rows: (CellValue | undefined)[][] = [
      ["Kode", "Uraian", "Anggaran", "Realisasi", "Lebih (Kurang)"],
      ["4", "PENDAPATAN"],
      ["4.1.02", "Retribusi Pelayanan Kesehatan", 500_000, 620_000, 120_000],
      ["4.1.04", "Lain-lain PAD yang Sah", 100_000, 80_000, -20_000],
      ["4.1.05", "Pendapatan Jasa Giro", 10_000, 12_000, -2_000],
      ["5", "BELANJA"],
      ["5.1.01", "Belanja Pegawai", 300_000, 250_000, 50_000],
    ];
    const { a } = cellsWritten(workbook([sheet(S, rows)]), false);
    expect(a.temuan.filter((t) => t.code === "sisa-beda").map((t) => t.cell)).toEqual(["E5"]);
  });
});
