/**
 * Indicator sheets from other agencies and tools, end to end. Expected figures are computed here by hand from
 * the inputs written in ./layouts.ts.
 */
import {
  DINKES,
  EFISIENSI,
  ESAKIP,
  GALAT,
  PANAH,
  TAHUNAN,
  dinkesIku,
  efisiensi3,
  esakip,
  galat,
  panah,
  tahunan,
} from "./layouts";
import { addedOf, fillAndRecalc, findings, ind, layoutOf, open, pct, r2, rolesOf } from "./helpers";

describe("Dinas Kesehatan IKU with the Permendagri 86 scale", () => {
  const settings = { skala: "permendagri-86" } as const;

  test("roles; AKI/AKB negatif from their names; capaian and Permendagri predikat; only H8 is a slip", async () => {
    const c = await open(dinkesIku, settings);
    const l = layoutOf(c.a, DINKES);
    expect(l.kind).toBe("indikator");
    expect(rolesOf(l)).toMatchObject({
      no: "A",
      sasaran: "B",
      indikator: "C",
      satuan: "D",
      target: "E",
      capaian: "G",
      predikat: "H",
    });
    const aki = ind(c.a, DINKES, 5);
    const akb = ind(c.a, DINKES, 6);
    expect([aki.row.polaritas, akb.row.polaritas]).toEqual(["negatif", "negatif"]);
    expect(aki.row.realisasi?.value).toBe(87.5);
    expect(akb.row.target?.value).toBe(8.5); // "8,5" as text
    expect(r2(aki.capaian.value)).toBe(112); // 98 / 87,5
    expect(r2(akb.capaian.value)).toBe(92.39); // 8,5 / 9,2
    expect(r2(ind(c.a, DINKES, 7).capaian.value)).toBe(72);
    expect(r2(ind(c.a, DINKES, 8).capaian.value)).toBe(98.17); // 80,5 / 82
    expect([5, 6, 7, 8].map((n) => ind(c.a, DINKES, n).predikat)).toEqual([
      "Sangat Tinggi",
      "Sangat Tinggi",
      "Sedang",
      "Sangat Tinggi",
    ]);
    expect(c.a.sasaran.map((s) => s.nama)).toEqual([
      "Meningkatnya derajat kesehatan masyarakat",
      "Meningkatnya mutu pelayanan kesehatan",
    ]);
    expect(r2(c.a.sasaran[0].capaian.value)).toBe(r2(((98 / 87.5) * 100 + (8.5 / 9.2) * 100) / 2)); // 102,20
    expect(r2(c.a.sasaran[1].capaian.value)).toBe(85.09); // (72 + 98,1707) / 2
    expect(c.a.sasaran[1].predikat).toBe("Tinggi");
    expect(c.a.recognition.tahun).toBe(2022);
    expect(findings(c.a.temuan, DINKES)).toEqual(["predikat-beda@H8"]);
    expect(c.a.temuan.find((t) => t.code === "predikat-beda")!.message).toMatch(/"Tinggi".*"Sangat Tinggi"/);
  });

  test("with the default scale the same sheet shows 'Berhasil' wording instead", async () => {
    const c = await open(dinkesIku);
    expect(ind(c.a, DINKES, 8).predikat).toBe("Sangat Berhasil");
    expect(ind(c.a, DINKES, 7).predikat).toBe("Cukup Berhasil");
  });

  test("fill with force: LibreOffice computes T/R for AKI and the Permendagri predikat", async () => {
    const c = await open(dinkesIku, settings);
    const { at } = await fillAndRecalc(c, DINKES, { force: true });
    expect(pct(at("G5"))).toBe(112);
    expect(pct(at("G6"))).toBe(92.39);
    expect(pct(at("G8"))).toBe(98.17);
    expect([at("H5"), at("H6"), at("H7"), at("H8")]).toEqual([
      "Sangat Tinggi",
      "Sangat Tinggi",
      "Sedang",
      "Sangat Tinggi",
    ]);
  });
});

describe("realisasi per year 2019..2023 and Target Akhir Renstra 2026", () => {
  test("year n = 2023 from the title; earlier years; capaian and capaian against the end target", async () => {
    const c = await open(tahunan);
    const l = layoutOf(c.a, TAHUNAN);
    expect(l.kind).toBe("indikator");
    expect(l.headerRows).toEqual([2, 3]);
    expect(rolesOf(l)).toMatchObject({
      no: "A",
      indikator: "B",
      satuan: "C",
      "realisasi:2019": "D",
      "realisasi:2022": "G",
      target: "I",
      capaian: "J",
      targetAkhir: "K",
      capaianAkhir: "L",
    });
    expect(c.a.recognition.tahun).toBe(2023);
    const ipm = ind(c.a, TAHUNAN, 5);
    expect(ipm.row.realisasi?.value).toBe(70.01);
    expect(ipm.row.realisasiTahunan.map((y) => y.tahun)).toEqual(expect.arrayContaining([2019, 2020, 2021, 2022]));
    expect(r2(ipm.capaian.value)).toBe(100.01); // 70,01 / 70
    expect(r2(ipm.capaianAkhir.value)).toBe(96.57); // 70,01 / 72,5
    expect(ipm.perubahan.find((p) => p.dari === 2022 && p.ke === 2023)!.selisih).toBe(0.61);
    const desa = ind(c.a, TAHUNAN, 6);
    expect(r2(desa.capaian.value)).toBe(108);
    expect(r2(desa.capaianAkhir.value)).toBe(67.5);
    const wisata = ind(c.a, TAHUNAN, 7);
    expect(wisata.row.realisasi?.value).toBe(210300);
    expect(wisata.row.realisasiTahunan.find((y) => y.tahun === 2020)!.reading.value).toBe(45200);
    expect(r2(wisata.capaian.value)).toBe(105.15);
    expect(r2(wisata.capaianAkhir.value)).toBe(70.1);
    expect(findings(c.a.temuan, TAHUNAN)).toEqual([]);
  });

  test("fill: J and L get figures, LibreOffice agrees", async () => {
    const c = await open(tahunan);
    const { fill, at } = await fillAndRecalc(c, TAHUNAN);
    expect(fill.leftAlone).toEqual([]);
    expect(pct(at("J5"))).toBe(100.01);
    expect(pct(at("L5"))).toBe(96.57);
    expect(pct(at("J6"))).toBe(108);
    expect(pct(at("L6"))).toBe(67.5);
    expect(pct(at("J7"))).toBe(105.15);
    expect(pct(at("L7"))).toBe(70.1);
    expect(at("H7")).toBe("210.300");
  });
});

describe("efisiensi table with a three-row header", () => {
  test("header rows 3..5; roles under Kinerja and Anggaran; WTP is text; efisiensi = capaian - penyerapan", async () => {
    const c = await open(efisiensi3);
    const l = layoutOf(c.a, EFISIENSI);
    expect(l.kind).toBe("indikator");
    expect(l.headerRows).toEqual([2, 4]);
    expect(rolesOf(l)).toMatchObject({
      no: "A",
      sasaran: "B",
      indikator: "C",
      target: "D",
      realisasi: "E",
      capaian: "F",
      anggaran: "G",
      realisasiAnggaran: "H",
      penyerapan: "I",
      efisiensi: "J",
    });
    const sakip = ind(c.a, EFISIENSI, 6);
    expect(r2(sakip.capaian.value)).toBe(97.86); // 68,5 / 70
    expect(r2(sakip.penyerapan.value)).toBe(94);
    expect(r2(sakip.efisiensi.value)).toBe(r2((68.5 / 70) * 100 - 94)); // 3,86
    const wtp = ind(c.a, EFISIENSI, 7);
    expect(wtp.capaian.value).toBeNull();
    expect(wtp.capaian.reason).toMatch(/WTP/);
    expect(r2(wtp.penyerapan.value)).toBe(75);
    const diklat = ind(c.a, EFISIENSI, 8);
    expect(r2(diklat.efisiensi.value)).toBe(-20); // 75 - 95
    expect(diklat.efisien).toBe(false);
    expect(sakip.efisien).toBe(true);
    expect(c.a.sasaran.map((s) => r2(s.efisiensi.value))).toEqual([3.86, -20]);
    expect(findings(c.a.temuan, EFISIENSI)).toEqual(["nilai-tak-terbaca@D7", "nilai-tak-terbaca@E7"]);
  });

  test("with the 'indeks' setting efisiensi is capaian / penyerapan", async () => {
    const c = await open(efisiensi3, { efisiensi: "indeks" });
    expect(ind(c.a, EFISIENSI, 8).efisiensi.value).toBeCloseTo(75 / 95, 10);
  });
});

describe("#DIV/0! printed, target 0 and target n/a", () => {
  test("target 0 and n/a give no capaian and a finding at the target cell; the printed errors are no slip", async () => {
    const c = await open(galat);
    const l = layoutOf(c.a, GALAT);
    expect(rolesOf(l)).toMatchObject({
      no: "A",
      indikator: "B",
      satuan: "C",
      target: "D",
      realisasi: "E",
      capaian: "F",
    });
    expect(r2(ind(c.a, GALAT, 4).capaian.value)).toBe(110);
    expect(ind(c.a, GALAT, 5).capaian.value).toBeNull();
    expect(ind(c.a, GALAT, 6).capaian.value).toBeNull();
    expect(r2(ind(c.a, GALAT, 7).capaian.value)).toBe(90);
    expect(r2(c.a.sasaran[0].capaian.value)).toBe(100); // mean of 110 and 90 only
    expect(findings(c.a.temuan, GALAT)).toEqual(["nilai-tak-terbaca@D6", "target-nol@D5"]);
  });

  test("fill leaves the user's formulas alone and adds a predikat column that LibreOffice fills", async () => {
    const c = await open(galat);
    const { fill, at } = await fillAndRecalc(c, GALAT);
    // F4 and F7 are the user's formulas giving the engine's figure: kept; F5 (#DIV/0!) and F6 (target n/a)
    // show something where the engine has no figure: left alone and said so.
    expect(fill.keptFormulas.map((x) => x.cell)).toEqual(["F4", "F7"]);
    expect(fill.leftAlone.map((x) => [x.cell, x.kind])).toEqual([
      ["F5", "tanpaNilai"],
      ["F6", "tanpaNilai"],
    ]);
    expect(addedOf(layoutOf(c.a, GALAT))).toEqual({ predikat: "G" });
    expect(at("F5")).toBe("#DIV/0!");
    expect([at("G4"), at("G5"), at("G6"), at("G7")]).toEqual(["Sangat Berhasil", "", "", "Berhasil"]);
  });
});

describe("e-SAKIP Polaritas 'Maximize' / 'Minimize' with the 2T-R setting", () => {
  test("polaritas from the column; (2T - R) / T for Minimize", async () => {
    const c = await open(esakip, { negatif: "2T-R" });
    const l = layoutOf(c.a, ESAKIP);
    expect(rolesOf(l)).toMatchObject({
      sasaran: "B",
      indikator: "C",
      satuan: "D",
      polaritas: "E",
      target: "F",
      realisasi: "G",
      capaian: "H",
    });
    expect([3, 4, 5].map((n) => ind(c.a, ESAKIP, n).row.polaritas)).toEqual(["negatif", "positif", "negatif"]);
    expect([3, 4, 5].map((n) => ind(c.a, ESAKIP, n).row.polaritasFrom)).toEqual(["kolom", "kolom", "kolom"]);
    const tpt = ((2 * 5.2 - 4.9) / 5.2) * 100; // 105,769...
    const pe = (5.1 / 5.5) * 100; // 92,727...
    const gini = ((2 * 0.35 - 0.38) / 0.35) * 100; // 91,428...
    expect(r2(ind(c.a, ESAKIP, 3).capaian.value)).toBe(105.77);
    expect(r2(ind(c.a, ESAKIP, 4).capaian.value)).toBe(92.73);
    expect(r2(ind(c.a, ESAKIP, 5).capaian.value)).toBe(91.43);
    expect(r2(c.a.sasaran[0].capaian.value)).toBe(r2((tpt + pe + gini) / 3)); // 96,64
    expect(findings(c.a.temuan, ESAKIP)).toEqual([]);
  });

  test("the default T/R gives 5,2 / 4,9 for Minimize", async () => {
    const c = await open(esakip);
    expect(r2(ind(c.a, ESAKIP, 3).capaian.value)).toBe(106.12);
    expect(r2(ind(c.a, ESAKIP, 5).capaian.value)).toBe(92.11); // 0,35 / 0,38
  });

  test("fill: LibreOffice computes the 2T-R formulas", async () => {
    const c = await open(esakip, { negatif: "2T-R" });
    const { at } = await fillAndRecalc(c, ESAKIP);
    expect(pct(at("H3"))).toBe(105.77);
    expect(pct(at("H4"))).toBe(92.73);
    expect(pct(at("H5"))).toBe(91.43);
    expect(at("I3")).toBe("Sangat Berhasil");
  });
});

describe("Polaritas as arrows in an 'Arah' column, target 0 and n/a", () => {
  test("↓ is negatif, ↑ positif; 2/1,6 = 125; target 0 and n/a are findings at their cells", async () => {
    const c = await open(panah);
    const l = layoutOf(c.a, PANAH);
    expect(rolesOf(l)).toMatchObject({
      indikator: "B",
      satuan: "C",
      polaritas: "D",
      target: "E",
      realisasi: "F",
      capaian: "G",
      predikat: "H",
    });
    expect([4, 5, 6, 7].map((n) => ind(c.a, PANAH, n).row.polaritas)).toEqual([
      "negatif",
      "positif",
      "negatif",
      "positif",
    ]);
    expect(r2(ind(c.a, PANAH, 4).capaian.value)).toBe(125);
    expect(r2(ind(c.a, PANAH, 5).capaian.value)).toBe(98); // 93,1 / 95
    expect(ind(c.a, PANAH, 6).capaian.value).toBeNull();
    expect(ind(c.a, PANAH, 7).capaian.value).toBeNull();
    expect(r2(c.a.sasaran[0].capaian.value)).toBe(111.5);
    expect(findings(c.a.temuan, PANAH)).toEqual(["nilai-tak-terbaca@E7", "target-nol@E6"]);
  });

  test("fill: LibreOffice gives 125 and 98, and empty text for the undefined ones", async () => {
    const c = await open(panah);
    const { at } = await fillAndRecalc(c, PANAH);
    expect(pct(at("G4"))).toBe(125);
    expect(pct(at("G5"))).toBe(98);
    expect([at("G6"), at("G7")]).toEqual(["", ""]);
    expect([at("H4"), at("H5"), at("H6"), at("H7")]).toEqual(["Sangat Berhasil", "Sangat Berhasil", "", ""]);
  });
});
