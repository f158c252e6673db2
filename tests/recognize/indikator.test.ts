/**
 * Indicator sheets: sasaran carried over merged cells, RATA-RATA rows, numbering, satuan and count units,
 * polaritas (column, guess, default), Kinerja/Anggaran groups, year columns, end targets, programs.
 */
import { efisiensi, hiddenRows, ikuMerged, pkPerBaris, pkSatuSel, tahunan, targetAkhir } from "./corpus";
import { indikatorNamed, layoutOf, roles, rows1, run } from "./helpers";

describe("IKU with sasaran merged over its indicators", () => {
  const r = run([ikuMerged()]);
  const l = layoutOf(r, "IKU");

  test("roles by column, nothing to add (capaian and predikat are there)", () => {
    expect(l.kind).toBe("indikator");
    expect(l.headerRows).toEqual([3, 3]);
    expect(roles(l)).toEqual({
      no: "A",
      sasaran: "B",
      indikator: "C",
      satuan: "D",
      target: "E",
      realisasi: "F",
      capaian: "G",
      predikat: "H",
    });
    expect(r.tahun).toBe(2020);
    expect(r.instansi).toBe("DINAS SOSIAL KABUPATEN SUMENEP");
  });

  test("four indicators, numbering stripped into no, sasaran carried down from the merged cell", () => {
    expect(r.indikator.map((i) => [i.no, i.nama])).toEqual([
      ["1.1", "Angka Kemiskinan"],
      ["1.2", "Penurunan Masalah Sosial"],
      ["2.1", "Persentase penanganan PMKS"],
      ["2.2", "Jumlah PMKS"],
    ]);
    expect(r.indikator.map((i) => i.sasaran)).toEqual([
      "Meningkatkan Kesejahteraan Masyarakat",
      "Meningkatkan Kesejahteraan Masyarakat",
      "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
      "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
    ]);
  });

  test("RATA – RATA CAPAIAN rows are the sasaran's mean rows with their printed figures, not indicators", () => {
    expect(r.sasaran.map((s) => [rows1(s.rows), s.meanRow === null ? null : s.meanRow + 1])).toEqual([
      [[5, 6], 7],
      [[8, 9], 10],
    ]);
    expect(r.sasaran[0].printed.capaian).toMatchObject({ value: 98.39, row: 6, col: 6 });
    expect(r.sasaran[1].printed.capaian?.value).toBe(810.36);
    expect(r.sasaran[1].printedPredikat).toEqual({ row: 9, col: 7, text: "Sangat Berhasil" });
  });

  test("readings: percent text, count units make '100.606' and '197,465' thousands", () => {
    const p = indikatorNamed(r, "IKU", "Persentase penanganan PMKS");
    expect(p.target).toMatchObject({ value: 4.4, unit: "%", decimals: 2, fromText: true });
    expect(p.printed.capaian?.value).toBe(1569.77);
    const j = indikatorNamed(r, "IKU", "Jumlah PMKS");
    expect(j.satuan).toBe("orang");
    expect(j.target?.value).toBe(100606);
    expect(j.realisasi?.value).toBe(197465);
    expect(j.printedPredikat).toEqual({ row: 8, col: 7, text: "Cukup Berhasil" });
    expect(indikatorNamed(r, "IKU", "Angka Kemiskinan").target).toMatchObject({
      value: 19.53,
      decimals: 2,
      fromText: false,
    });
  });

  test("polaritas guessed from the name, each guess recorded at the name's cell", () => {
    expect(r.indikator.map((i) => [i.polaritas, i.polaritasFrom])).toEqual([
      ["negatif", "tebakan"],
      ["positif", "tebakan"],
      ["positif", "tebakan"],
      ["negatif", "tebakan"],
    ]);
    const g = r.guesses.filter((x) => x.about === "polaritas");
    expect(g.map((x) => [x.cell, x.value])).toEqual([
      ["C5", "negatif"],
      ["C6", "positif"],
      ["C8", "positif"],
      ["C9", "negatif"],
    ]);
    expect(g[0].reason).toMatch(/Angka Kemiskinan.*kemiskinan/);
  });
});

describe("efisiensi table with Kinerja and Anggaran groups", () => {
  const r = run([efisiensi()]);
  const l = layoutOf(r, "Efisiensi");

  test("'Realisasi' under Kinerja is realisasi, under Anggaran realisasiAnggaran; predikat is added", () => {
    expect(l.headerRows).toEqual([0, 1]);
    expect(roles(l)).toEqual({
      no: "A",
      sasaran: "B",
      indikator: "C",
      satuan: "D",
      target: "E",
      realisasi: "F",
      capaian: "G",
      anggaran: "H",
      realisasiAnggaran: "I",
      penyerapan: "J",
      efisiensi: "K",
      predikat: "+L",
    });
    expect(l.columns.find((c) => c.role === "realisasiAnggaran")!.header).toBe("Anggaran / Realisasi");
  });

  test("alokasi, realisasi anggaran and the printed penyerapan and efisiensi per indicator", () => {
    const a = indikatorNamed(r, "Efisiensi", "Persentase penanganan PMKS");
    expect(a.alokasi?.value).toBe(1214050000);
    expect(a.realisasiAnggaran?.value).toBe(1091666930);
    expect(a.printed.penyerapan?.value).toBe(89.92);
    expect(a.printed.efisiensi?.value).toBe(1479.85);
    const j = indikatorNamed(r, "Efisiensi", "Jumlah PMKS");
    expect(j.realisasi?.value).toBe(197465);
    expect(j.printed.efisiensi?.value).toBe(-42.89);
    expect(j.program).toEqual([]);
    expect(r.sasaran).toHaveLength(1);
    expect(r.sasaran[0].meanRow).toBeNull();
  });
});

describe("year columns and the end-of-period target", () => {
  test("'2018 2019 2020' under Realisasi; Target 2020 is the target, Target 2021 the RPJMD target; year from the latest realisasi", () => {
    const r = run([tahunan()]);
    const l = layoutOf(r, "Tahunan");
    expect(r.tahun).toBe(2020);
    expect(l.numberRow).toBe(2);
    expect(roles(l)).toEqual({
      no: "A",
      sasaran: "B",
      indikator: "C",
      satuan: "D",
      "realisasi:2018": "E",
      "realisasi:2019": "F",
      "realisasi:2020": "G",
      target: "H",
      targetAkhir: "I",
      capaian: "J",
      predikat: "+K",
      capaianAkhir: "+L",
    });
    expect(l.guesses.find((g) => g.about === "role:targetAkhir")!.cell).toBe("I1");
    const ak = indikatorNamed(r, "Tahunan", "Angka Kemiskinan");
    expect(ak.realisasiTahunan.map((y) => [y.tahun, y.reading.value])).toEqual([
      [2018, 20.16],
      [2019, 19.48],
      [2020, 20.18],
    ]);
    expect(ak.realisasi).toMatchObject({ value: 20.18, col: 6 });
    expect(ak.target?.value).toBe(19.53);
    expect(ak.targetAkhir?.value).toBe(18.5);
    expect(ak.printed.capaian?.value).toBe(96.78);
  });

  test("the seed's RPJMD table: 'CAPAIAN s/d TAHUN 2020' holds realisasi, 'TARGET 2021' the end target", () => {
    const r = run([targetAkhir()]);
    const l = layoutOf(r, "RPJMD");
    expect(r.tahun).toBe(2020);
    expect(roles(l)).toEqual({
      no: "A",
      sasaran: "B",
      indikator: "C",
      satuan: "D",
      realisasi: "E",
      targetAkhir: "F",
      capaianAkhir: "G",
    });
    expect(l.guesses.map((g) => g.about)).toEqual(expect.arrayContaining(["role:realisasi", "role:targetAkhir"]));
    const j = indikatorNamed(r, "RPJMD", "Jumlah PMKS");
    expect(j.no).toBe("2.2");
    expect(j.realisasi?.value).toBe(197465);
    expect(j.targetAkhir?.value).toBe(100606);
    expect(j.target).toBeNull();
    const p = indikatorNamed(r, "RPJMD", "Persentase penanganan PMKS");
    expect(p.printed.capaianAkhir).toMatchObject({ value: 1532.66, decimals: 2 });
  });
});

describe("polaritas from a column; hidden rows are data", () => {
  const r = run([hiddenRows()]);
  const l = layoutOf(r, "Kinerja");

  test("positif/negatif/max/'semakin rendah semakin baik'/turun/+ all read from the column", () => {
    expect(r.indikator.map((i) => [i.polaritas, i.polaritasFrom])).toEqual([
      ["positif", "kolom"],
      ["negatif", "kolom"],
      ["positif", "kolom"],
      ["negatif", "kolom"],
      ["negatif", "kolom"],
      ["positif", "kolom"],
    ]);
    expect(r.guesses.filter((g) => g.about === "polaritas")).toEqual([]);
  });

  test("the hidden row 4 is read and noted", () => {
    expect(indikatorNamed(r, "Kinerja", "Indeks kepuasan masyarakat").target?.value).toBe(82.5);
    const g = l.guesses.find((x) => x.about === "hiddenRows")!;
    expect(g.cell).toBe("A4");
    expect(g.reason).toMatch(/Baris 4 tersembunyi/);
  });

  test("no sasaran column: one group without a name; error values read as text", () => {
    expect(r.sasaran).toHaveLength(1);
    expect(r.sasaran[0].nama).toBe("");
    expect(r.indikator[0].sasaran).toBeNull();
    const j = indikatorNamed(r, "Kinerja", "Jumlah anak terlantar");
    expect(j.target?.value).toBe(1200);
    expect(j.printed.capaian).toMatchObject({ value: null, text: "#DIV/0!" });
    expect(roles(l)).toEqual({
      no: "A",
      indikator: "B",
      satuan: "C",
      polaritas: "D",
      target: "E",
      realisasi: "F",
      capaian: "G",
      predikat: "+H",
    });
  });
});

describe("Perjanjian Kinerja", () => {
  test("several programs in one cell with their amounts in another (the last program has none)", () => {
    const r = run([pkSatuSel()]);
    const l = layoutOf(r, "PK");
    expect(roles(l)).toEqual({ tujuan: "A", sasaran: "B", indikator: "C", target: "D", program: "E", anggaran: "F" });
    const j = indikatorNamed(r, "PK", "Jumlah PMKS");
    expect(j.tujuan).toBe("Penanganan Penyandang Masalah Kesejahteraan Sosial");
    expect(j.target?.value).toBe(100606);
    expect(j.alokasi).toBeNull();
    expect(j.program.map((p) => [p.nama, p.anggaran?.value ?? null])).toEqual([
      ["Program Perlindungan dan Jaminan Sosial", 657770200],
      ["Program Penanggulangan Bencana Berbasis Masyarakat", 224670000],
      ["Program Pemberdayaan dan Pembinaan Kelembagaan Kesejahteraan Sosial", 324244100],
      ["Program pelestarian nilai-nilai kepahlawanan dan kesetiakawanan sosial", null],
    ]);
    const p = indikatorNamed(r, "PK", "Prosentase Penanganan PMKS");
    expect(p.sasaran).toBe("Meningkatnya kesejahteraan Penyandang Masalah Kesejahteraan Sosial");
    expect(p.program.map((x) => x.anggaran?.value)).toEqual([950071800, 279916840, 225000000]);
    expect(p.program[0].anggaran).toMatchObject({ row: 2, col: 5 });
    // No realisasi: nothing to compute, so no output column is added.
    expect(l.columns.filter((c) => c.added)).toEqual([]);
  });

  test("one program per row under a merged indicator: the rows below add programs, not indicators", () => {
    const r = run([pkPerBaris()]);
    expect(r.indikator.map((i) => i.nama)).toEqual(["Jumlah PMKS", "Prosentase Penanganan PMKS"]);
    const [j, p] = r.indikator;
    expect(j.target).toMatchObject({ value: 100606, unit: "orang" });
    expect(j.program.map((x) => [x.nama, x.anggaran?.value])).toEqual([
      ["Program Perlindungan dan Jaminan Sosial", 657770200],
      ["Program Penanggulangan Bencana Berbasis Masyarakat", 224670000],
    ]);
    expect(p.program.map((x) => x.anggaran?.value)).toEqual([279916840, 225000000]);
    expect(r.sasaran.map((s) => rows1(s.rows))).toEqual([[2, 4]]);
  });
});
