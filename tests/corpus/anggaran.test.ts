/**
 * Budget sheets from other agencies and tools, end to end. Expected figures are computed here by hand from the
 * inputs written in ./layouts.ts (never taken from the engine).
 */
import {
  DUA,
  KOLOMB,
  PERSEN,
  RUPIAH,
  SIMDA,
  SIPD,
  TEBAL,
  duaTabel,
  kolomB,
  persenPecahan,
  rupiahTeks,
  sipdDpa,
  simdaLra,
  tebal,
} from "./layouts";
import { addedOf, ang, fillAndRecalc, findings, layoutOf, open, pct, r2, rolesOf } from "./helpers";

describe("SIMDA LRA with Kode Rekening over five narrow columns", () => {
  test("roles, levels from the split code, parents, totals, and the 83,34 slip at J12", async () => {
    const c = await open(simdaLra);
    const l = layoutOf(c.a, SIMDA);
    expect(l.kind).toBe("anggaran");
    expect(l.headerRows).toEqual([6, 6]); // row 7
    expect(l.numberRow).toBe(7); // row 8 "(1) (2) ..."
    expect(rolesOf(l)).toEqual({
      kode: "A,B,C,D,E",
      uraian: "F",
      anggaran: "G",
      realisasiAnggaran: "H",
      sisa: "I",
      penyerapan: "J",
    });
    expect(addedOf(l)).toEqual({});

    const p15 = ang(c.a, SIMDA, 9);
    const p16 = ang(c.a, SIMDA, 12);
    expect(p15.row.kode?.split(/\s+/)).toEqual(["1", "02", "01", "15"]);
    expect(ang(c.a, SIMDA, 11).row.kode?.split(/\s+/)).toEqual(["1", "02", "01", "15", "02"]);
    expect([9, 12].map((n) => ang(c.a, SIMDA, n).row.parent)).toEqual([null, null]);
    expect([10, 11].map((n) => ang(c.a, SIMDA, n).row.parent)).toEqual([8, 8]);
    expect(ang(c.a, SIMDA, 13).row.parent).toBe(11);
    expect(p15.row.level).toBeLessThan(ang(c.a, SIMDA, 10).row.level);
    expect(p15.row.level).toBe(p16.row.level);

    expect(p15.anggaran).toBe(300000000 + 200000000);
    expect(p15.realisasi).toBe(285000000 + 165000000);
    expect(r2(p15.penyerapan.value)).toBe(90);
    expect(r2(p16.penyerapan.value)).toBe(83.33); // 100/120
    const total = ang(c.a, SIMDA, 14);
    expect(total.row.isTotal).toBe(true);
    expect(total.anggaran).toBe(620000000);
    expect(total.realisasi).toBe(550000000);
    expect(r2(total.penyerapan.value)).toBe(88.71); // 550/620 = 88,709...
    expect(total.sisa.value).toBe(70000000);

    expect(c.a.recognition.tahun).toBe(2020);
    expect(findings(c.a.temuan, SIMDA)).toEqual(["penyerapan-beda@J12"]);
    expect(c.a.temuan.find((t) => t.cell === "J12")!.message).toMatch(/83,34.*83,33/);
  });

  test("fill replaces the printed figures that agree with live formulas and leaves the slip alone", async () => {
    const c = await open(simdaLra);
    const { fill, at } = await fillAndRecalc(c, SIMDA);
    // Every printed figure but J12 shows the computed one at its printed precision: formula, same value.
    expect(fill.sameValue.map((x) => x.cell).sort()).toEqual(
      ["I9", "I10", "I11", "I12", "I13", "I14", "J9", "J10", "J11", "J13", "J14"].sort(),
    );
    expect(fill.leftAlone.map((x) => [x.cell, x.existing, x.wanted])).toEqual([["J12", "83,34", "83,33"]]);
    expect(at("J12")).toBe(83.34);
    expect(typeof at("J13")).toBe("number"); // a live formula LibreOffice evaluated
    expect(at("G14")).toBe(620000000);
  });

  test("fill with force writes live formulas: LibreOffice gives the hand-computed figures", async () => {
    const c = await open(simdaLra);
    const { at } = await fillAndRecalc(c, SIMDA, { force: true });
    expect(pct(at("J12"))).toBe(83.33);
    expect(pct(at("J14"))).toBe(88.71);
    expect(pct(at("J11"))).toBe(82.5);
    expect(at("I9")).toBe(50000000);
    expect(at("I14")).toBe(70000000);
    expect(at("F10")).toBe("Penyediaan Biaya Operasional dan Pemeliharaan Puskesmas");
  });
});

describe("SIPD DPA-SKPD with codes in front of names and English-format text numbers", () => {
  test("levels 1/2/3 from the code in front, sums, 80,625 rounds to 80,63, JUMLAH", async () => {
    const c = await open(sipdDpa);
    const l = layoutOf(c.a, SIPD);
    expect(l.kind).toBe("anggaran");
    expect(l.headerRows).toEqual([5, 5]);
    expect(rolesOf(l)).toMatchObject({ anggaran: "B", realisasiAnggaran: "C" });
    expect(addedOf(l)).toEqual({ penyerapan: "D", sisa: "E" });

    expect([7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => ang(c.a, SIPD, n).row.level)).toEqual([
      1, 2, 3, 3, 2, 3, 1, 2, 3,
    ]);
    expect([8, 9, 10, 11, 12].map((n) => ang(c.a, SIPD, n).row.parent! + 1)).toEqual([7, 8, 8, 7, 11]);
    expect(ang(c.a, SIPD, 10).row.kode).toBe("7.01.01.2.01.0007");
    expect(ang(c.a, SIPD, 10).row.uraian).toBe("Evaluasi Kinerja Perangkat Daerah");
    expect(ang(c.a, SIPD, 10).row.anggaran?.value).toBe(20000000);
    expect(ang(c.a, SIPD, 10).row.realisasi?.value).toBe(16125000);
    expect(r2(ang(c.a, SIPD, 10).penyerapan.value)).toBe(80.63); // 16.125.000 / 20.000.000 = 80,625 -> 80,63
    expect(r2(ang(c.a, SIPD, 7).penyerapan.value)).toBe(93.74); // 230.125.000 / 245.500.000 = 93,737...
    expect(r2(ang(c.a, SIPD, 8).penyerapan.value)).toBe(88.19); // 40.125 / 45.500 = 88,186...
    const total = ang(c.a, SIPD, 16);
    expect(total.row.isTotal).toBe(true);
    expect(total.anggaran).toBe(25500000 + 20000000 + 200000000 + 60000000);
    expect(total.realisasi).toBe(24000000 + 16125000 + 190000000 + 45000000);
    expect(r2(total.penyerapan.value)).toBe(90.06); // 275.125.000 / 305.500.000 = 90,057...
    expect(c.a.recognition.tahun).toBe(2022);
    expect(findings(c.a.temuan, SIPD)).toEqual([]);
  });

  test("fill adds Penyerapan and Sisa columns; text inputs give values, which LibreOffice keeps", async () => {
    const c = await open(sipdDpa);
    const { fill, at } = await fillAndRecalc(c, SIPD);
    expect(fill.leftAlone).toEqual([]);
    expect(fill.temuan.filter((t) => t.code === "ditulis-sebagai-nilai").map((t) => t.cell)).toContain("D10");
    expect(at("D6")).toMatch(/Penyerapan/);
    expect(pct(at("D10"))).toBe(80.63);
    expect(pct(at("D16"))).toBe(90.06);
    expect(at("E16")).toBe(305500000 - 275125000);
    expect(at("E10")).toBe(20000000 - 16125000);
    expect(at("B10")).toBe("20,000,000.00"); // the user's text stays text
  });
});

describe("table at B12 with a hidden helper column", () => {
  test("visible Pagu Perubahan is the anggaran, the hidden Pagu Murni only a noted alternative", async () => {
    const c = await open(kolomB);
    const l = layoutOf(c.a, KOLOMB);
    expect(l.kind).toBe("anggaran");
    expect(l.headerRows).toEqual([11, 11]); // row 12
    expect(rolesOf(l)).toMatchObject({
      no: "B",
      kode: "C",
      uraian: "D",
      anggaran: "G",
      realisasiAnggaran: "H",
      sisa: "I",
      penyerapan: "J",
    });
    expect(c.a.temuan.some((t) => t.code === "tebakan-role-anggaran" && t.cell === "F12")).toBe(true);
    expect([13, 14, 15, 16, 17].map((n) => ang(c.a, KOLOMB, n).row.level)).toEqual([1, 2, 3, 2, 3]);
    const prog = ang(c.a, KOLOMB, 13);
    expect(prog.anggaran).toBe(700000000 + 300000000);
    expect(prog.realisasi).toBe(630000000 + 250000000);
    expect(r2(prog.penyerapan.value)).toBe(88);
    expect(r2(ang(c.a, KOLOMB, 16).penyerapan.value)).toBe(83.33);
    expect(c.a.recognition.tahun).toBe(2023);
    expect(findings(c.a.temuan, KOLOMB)).toEqual([]);
  });

  test("fill writes I and J only inside the table; LibreOffice agrees; the hidden column is untouched", async () => {
    const c = await open(kolomB);
    const { fill, at } = await fillAndRecalc(c, KOLOMB);
    const cols = new Set(fill.written.map((w) => w.cell.replace(/\d+/, "")));
    expect([...cols].sort()).toEqual(["I", "J"]);
    expect(pct(at("J13"))).toBe(88);
    expect(pct(at("J16"))).toBe(83.33);
    expect(at("I13")).toBe(120000000);
    expect(at("I14")).toBe(70000000);
    expect(at("F13")).toBe(900000000);
  });
});

describe("penyerapan printed as fractions in 0.00% cells", () => {
  test("E is a percent-format penyerapan column; printed 91,25% and 89,67% agree", async () => {
    const c = await open(persenPecahan);
    const l = layoutOf(c.a, PERSEN);
    expect(rolesOf(l)).toEqual({ kode: "A", uraian: "B", anggaran: "C", realisasiAnggaran: "D", penyerapan: "E" });
    expect(l.columns.find((x) => x.role === "penyerapan")!.percentFormat).toBe(true);
    expect(ang(c.a, PERSEN, 4).row.printed.penyerapan?.value).toBe(91.25);
    expect([5, 6].map((n) => ang(c.a, PERSEN, n).row.parent! + 1)).toEqual([4, 4]);
    expect(ang(c.a, PERSEN, 8).row.parent! + 1).toBe(7);
    expect(ang(c.a, PERSEN, 4).row.parent).toBeNull();
    expect(ang(c.a, PERSEN, 7).row.parent).toBeNull();
    expect(ang(c.a, PERSEN, 4).row.level).toBe(ang(c.a, PERSEN, 7).row.level);
    expect(r2(ang(c.a, PERSEN, 6).penyerapan.value)).toBe(83.33);
    expect(r2(ang(c.a, PERSEN, 7).penyerapan.value)).toBe(83.33); // 166.666.667 / 200.000.000 = 83,3333335
    const total = ang(c.a, PERSEN, 9);
    expect(total.row.isTotal).toBe(true);
    expect(total.realisasi).toBe(480000000 + 250000000 + 166666667);
    expect(r2(total.penyerapan.value)).toBe(89.67);
    expect(findings(c.a.temuan, PERSEN)).toEqual([]);
  });

  test("fill writes fractions (not x100) in the 0.00% column; LibreOffice gives 0,96 for 96%", async () => {
    const c = await open(persenPecahan);
    const { fill, at } = await fillAndRecalc(c, PERSEN);
    expect(fill.written.map((w) => w.cell)).toEqual(expect.arrayContaining(["E5", "E6", "E7", "E8"]));
    expect(at("E5")).toBeCloseTo(0.96, 12);
    expect(at("E6")).toBeCloseTo(250 / 300, 12);
    expect(at("E4")).toBe(0.9125); // printed, left alone
    expect(at("F9")).toBe(1000000000 - 896666667);
  });
});

describe("bold sub-totals without any code, blank separator rows", () => {
  test("bold rows are parents of the plain rows below; JUMLAH TOTAL sums both programs", async () => {
    const c = await open(tebal);
    const l = layoutOf(c.a, TEBAL);
    expect(l.kind).toBe("anggaran");
    expect(rolesOf(l)).toEqual({ uraian: "A", anggaran: "B", realisasiAnggaran: "C" });
    expect(c.a.anggaran.map((h) => h.row.row + 1)).toEqual([4, 5, 6, 8, 9, 10, 11]);
    expect([5, 6, 9, 10].map((n) => ang(c.a, TEBAL, n).row.parent! + 1)).toEqual([4, 4, 8, 8]);
    expect([4, 8].map((n) => ang(c.a, TEBAL, n).row.parent)).toEqual([null, null]);
    expect(ang(c.a, TEBAL, 8).anggaran).toBe(25000000 + 50000000);
    expect(r2(ang(c.a, TEBAL, 8).penyerapan.value)).toBe(94); // 70,5 / 75
    const total = ang(c.a, TEBAL, 11);
    expect(total.row.isTotal).toBe(true);
    expect(total.anggaran).toBe(125000000);
    expect(r2(total.penyerapan.value)).toBe(92.4);
    expect(findings(c.a.temuan, TEBAL)).toEqual([]);
  });

  test("a wrong bold sub-total is an error at its exact cell", async () => {
    const c = await open(() => {
      const wb = tebal();
      wb.getWorksheet(TEBAL)!.getCell("C8").value = 71500000; // children sum to 70.500.000
      return wb;
    });
    expect(findings(c.a.temuan, TEBAL)).toEqual(["subtotal-beda@C8"]);
    expect(c.a.temuan.find((t) => t.code === "subtotal-beda")!.message).toMatch(/71\.500\.000.*70\.500\.000/);
  });

  test("fill: parent rows get SUM formulas of their children; LibreOffice gives 94 and 92,4", async () => {
    const c = await open(tebal);
    const { at } = await fillAndRecalc(c, TEBAL);
    expect(pct(at("D8"))).toBe(94);
    expect(pct(at("D11"))).toBe(92.4);
    expect(at("E11")).toBe(125000000 - 115500000);
    expect(at("D7")).toBeNull(); // the separator row stays empty
  });
});

describe("two tables one under the other", () => {
  test("each JUMLAH sums its own table; the repeated header row is not data", async () => {
    const c = await open(duaTabel);
    const rows = c.a.anggaran.map((h) => h.row.row + 1);
    expect(rows).not.toContain(9);
    expect(rows).toEqual(expect.arrayContaining([4, 5, 6, 10, 11, 12]));
    const j1 = ang(c.a, DUA, 6);
    const j2 = ang(c.a, DUA, 12);
    expect(j1.row.isTotal && j2.row.isTotal).toBe(true);
    expect(j1.anggaran).toBe(1200000000 + 120000000);
    expect(j1.realisasi).toBe(1150000000 + 110000000);
    expect(j2.anggaran).toBe(60000000 + 40000000);
    expect(r2(j1.penyerapan.value)).toBe(95.45); // 1.260 / 1.320
    expect(r2(j2.penyerapan.value)).toBe(85);
    expect(r2(ang(c.a, DUA, 11).penyerapan.value)).toBe(77.5);
    expect(findings(c.a.temuan, DUA).filter((f) => f.startsWith("subtotal"))).toEqual([]);
  });

  test("fill: LibreOffice gives each table's own totals; the second header row is untouched", async () => {
    const c = await open(duaTabel);
    const { at } = await fillAndRecalc(c, DUA);
    expect(pct(at("E6"))).toBe(95.45);
    expect(pct(at("E12"))).toBe(85);
    expect(at("F12")).toBe(15000000);
    expect(at("E9")).toBeNull();
    expect(at("F9")).toBeNull();
  });
});

describe("codes separated by spaces, money typed as 'Rp 45.000.000,-'", () => {
  test("Rp text is read with Indonesian rules; levels from the spaced code; Jumlah total", async () => {
    const c = await open(rupiahTeks);
    const l = layoutOf(c.a, RUPIAH);
    expect(rolesOf(l)).toEqual({ kode: "A", uraian: "B", anggaran: "C", realisasiAnggaran: "D", sisa: "E" });
    expect(ang(c.a, RUPIAH, 6).row.anggaran?.value).toBe(15000000);
    expect(ang(c.a, RUPIAH, 6).row.anggaran?.fromText).toBe(true);
    expect(ang(c.a, RUPIAH, 5).row.realisasi?.value).toBe(41250000);
    expect([6, 7, 9].map((n) => ang(c.a, RUPIAH, n).row.parent! + 1)).toEqual([5, 5, 8]);
    expect(r2(ang(c.a, RUPIAH, 5).penyerapan.value)).toBe(91.67); // 41,25 / 45
    const total = ang(c.a, RUPIAH, 10);
    expect(total.row.isTotal).toBe(true);
    expect(total.anggaran).toBe(65000000);
    expect(r2(total.penyerapan.value)).toBe(94.23); // 61,25 / 65 = 94,2307...
    expect(c.a.recognition.tahun).toBe(2019);
    expect(findings(c.a.temuan, RUPIAH)).toEqual([]);
  });

  test("fill writes Sisa values (inputs are text) and an added Penyerapan column", async () => {
    const c = await open(rupiahTeks);
    const { at } = await fillAndRecalc(c, RUPIAH);
    expect(at("E5")).toBe(45000000 - 41250000);
    expect(at("E8")).toBe(0);
    expect(at("E10")).toBe(3750000);
    expect(pct(at("F10"))).toBe(94.23);
    expect(at("C5")).toBe("Rp 45.000.000,-");
  });
});
