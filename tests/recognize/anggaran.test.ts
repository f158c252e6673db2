/**
 * Budget sheets: header rows under titles, roles by column letter, codes in both regimes, levels, parents,
 * totals and the readings' values.
 */
import {
  englishNumbers,
  realisasiDuaBaris,
  ringkasan,
  seedDetail,
  seedPrograms,
  seedTotal,
  simdaLra,
  sipdDpa,
} from "./corpus";
import { anggaranAt, layoutOf, roles, rows1, run } from "./helpers";

describe("SIPD DPA: title rows, code in front of the name, two anggaran columns", () => {
  const r = run([sipdDpa()]);
  const l = layoutOf(r, "DPA 2021");

  test("header under the title rows, column numbers, data up to JUMLAH (the signature is not data)", () => {
    expect(l.kind).toBe("anggaran");
    expect(l.headerRows).toEqual([7, 7]);
    expect(l.numberRow).toBe(8);
    expect(l.dataRows).toEqual([9, 18]);
  });

  test("roles: the amended budget is the anggaran, the original is left without a role (and said so); sisa is added", () => {
    expect(roles(l)).toEqual({ uraian: "A", anggaran: "C", realisasiAnggaran: "D", penyerapan: "E", sisa: "+F" });
    expect(l.columns.find((c) => c.role === "penyerapan")!.percentFormat).toBe(true);
    const dup = l.guesses.find((g) => g.about === "role:anggaran")!;
    expect(dup.cell).toBe("B8");
    expect(dup.reason).toMatch(/Anggaran Setelah Perubahan/);
  });

  test("year and agency from the title rows", () => {
    expect(r.tahun).toBe(2021);
    expect(r.instansi).toBe("Dinas Sosial Kabupaten Sumenep");
  });

  test("codes split from names; levels program 1, kegiatan 2, sub kegiatan 3; parents", () => {
    const sub = anggaranAt(r, "DPA 2021", 12);
    expect(sub.kode).toBe("1.06.01.2.01.0001");
    expect(sub.uraian).toBe("Penyusunan Dokumen Perencanaan Perangkat Daerah");
    expect([10, 11, 12, 13, 14, 15, 16, 17, 18].map((x) => anggaranAt(r, "DPA 2021", x).level)).toEqual([
      1, 2, 3, 3, 2, 3, 1, 2, 3,
    ]);
    expect(rows1(anggaranAt(r, "DPA 2021", 10).children)).toEqual([11, 14]);
    expect(anggaranAt(r, "DPA 2021", 13).parent).toBe(10); // row 11, 0-based
    expect(anggaranAt(r, "DPA 2021", 12).levelFrom).toBe("kode");
  });

  test("readings: anggaran from the amended column, penyerapan printed as a fraction reads in points", () => {
    const p = anggaranAt(r, "DPA 2021", 10);
    expect(p.anggaran).toMatchObject({ value: 520000000, col: 2, row: 9, fromText: false });
    expect(p.realisasi?.value).toBe(480000000);
    expect(p.printed.penyerapan?.value).toBeCloseTo(92.31, 10);
    expect(p.printed.penyerapan?.unit).toBe("%");
  });

  test("JUMLAH is a level-0 total whose children are the two programs", () => {
    const t = anggaranAt(r, "DPA 2021", 19);
    expect(t).toMatchObject({ isTotal: true, level: 0, levelFrom: "total", parent: null, kode: null });
    expect(rows1(t.children)).toEqual([10, 16]);
  });
});

describe("SIMDA LRA: Kode Rekening column, tabs and dots, account codes, amounts as text", () => {
  const r = run([simdaLra()]);
  const l = layoutOf(r, "LRA SIMDA");

  test("roles, nothing added, year and the agency over two title lines", () => {
    expect(roles(l)).toEqual({
      kode: "A",
      uraian: "B",
      anggaran: "C",
      realisasiAnggaran: "D",
      sisa: "E",
      penyerapan: "F",
    });
    expect(r.tahun).toBe(2019);
    expect(r.instansi).toBe("DINAS SOSIAL KABUPATEN SUMENEP");
  });

  test("pre-2021 codes: program 1, kegiatan 2, accounts below their kegiatan", () => {
    const at = (x: number) => anggaranAt(r, "LRA SIMDA", x);
    expect(at(8).kode).toBe("1 06 01 15 02");
    expect([7, 8, 9, 10, 11, 12, 13].map((x) => at(x).level)).toEqual([1, 2, 8, 8, 2, 1, 2]);
    expect(rows1(at(7).children)).toEqual([8, 11]);
    expect(rows1(at(8).children)).toEqual([9, 10]);
    expect(at(11).parent).toBe(6);
    expect(at(13).parent).toBe(11);
  });

  test("Indonesian text amounts read with their decimals", () => {
    const k = anggaranAt(r, "LRA SIMDA", 8);
    expect(k.anggaran).toMatchObject({ value: 15960000, decimals: 2, fromText: true, raw: "15.960.000,00" });
    expect(k.printed.sisa?.value).toBe(848500);
    expect(k.printed.penyerapan?.value).toBe(94.68);
  });

  test("TOTAL written in the code column is the total of the programs", () => {
    const t = anggaranAt(r, "LRA SIMDA", 14);
    expect(t.isTotal).toBe(true);
    expect(t.uraian).toBe("TOTAL");
    expect(rows1(t.children)).toEqual([7, 12]);
    expect(t.anggaran?.value).toBe(1229988640);
  });
});

describe("two-row merged header with a column-number row", () => {
  const r = run([realisasiDuaBaris()]);
  const l = layoutOf(r, "Realisasi");

  test("'Realisasi' over 'Rp' and '%': money and penyerapan; the (1) (2) row is not data", () => {
    expect(l.headerRows).toEqual([3, 4]);
    expect(l.numberRow).toBe(5);
    expect(l.dataRows).toEqual([6, 11]);
    expect(roles(l)).toEqual({
      no: "A",
      kode: "B",
      uraian: "C",
      anggaran: "D",
      realisasiAnggaran: "E",
      penyerapan: "F",
      sisa: "G",
    });
    expect(l.columns.find((c) => c.col === 4)!.header).toBe("Realisasi / Rp");
  });

  test("2021-regime codes in their own column; an error value and a formula are kept as read", () => {
    expect([7, 8, 9, 10, 11].map((x) => anggaranAt(r, "Realisasi", x).level)).toEqual([1, 2, 3, 2, 3]);
    const err = anggaranAt(r, "Realisasi", 11).printed.penyerapan!;
    expect(err).toMatchObject({ value: null, text: "#DIV/0!" });
    expect(anggaranAt(r, "Realisasi", 7).printed.sisa).toMatchObject({ value: 10000000, isFormula: true });
  });

  test("JUMLAH merged over A:C is the total; year from 'TAHUN 2020'", () => {
    const t = anggaranAt(r, "Realisasi", 12);
    expect(t).toMatchObject({ isTotal: true, uraian: "JUMLAH" });
    expect(rows1(t.children)).toEqual([7]);
    expect(r.tahun).toBe(2020);
  });
});

describe("summary by kind of spending", () => {
  const r = run([ringkasan()]);
  const l = layoutOf(r, "Ringkasan");

  test("a budget sheet: '%' is penyerapan, sisa is added", () => {
    expect(l.kind).toBe("anggaran");
    expect(l.numberRow).toBe(1);
    expect(roles(l)).toEqual({ uraian: "A", anggaran: "B", realisasiAnggaran: "C", penyerapan: "D", sisa: "+E" });
  });

  test("numbering gives the level: '1.' kelompok, 'a)' under it, '2.' again a kelompok, even though only '1.' is bold", () => {
    expect([3, 4, 5, 6, 7].map((x) => anggaranAt(r, "Ringkasan", x).level)).toEqual([1, 2, 2, 2, 1]);
    expect(rows1(anggaranAt(r, "Ringkasan", 3).children)).toEqual([4, 5, 6]);
    expect(anggaranAt(r, "Ringkasan", 7).parent).toBeNull();
    const t = anggaranAt(r, "Ringkasan", 8);
    expect(rows1(t.children)).toEqual([3, 7]);
    expect(t.anggaran).toMatchObject({ value: 23319682577, decimals: 2 });
    expect(anggaranAt(r, "Ringkasan", 3).anggaran).toBeNull();
  });
});

describe("the seed's detail table exactly as the JSON has it", () => {
  const counts = [15, 3, 8, 3, 3, 5, 3, 1];

  for (const variant of [
    { name: "bold program rows", opts: { bold: true } },
    { name: "no bold at all", opts: { bold: false } },
    { name: "code spread over five merged columns", opts: { bold: true, splitKode: true } },
  ]) {
    test(`8 programs with ${counts.join(",")} kegiatan and JUMLAH as total (${variant.name})`, () => {
      const r = run([seedDetail(variant.opts)]);
      const rows = r.anggaran;
      const programs = rows.filter((x) => x.level === 1);
      expect(programs.map((p) => p.uraian)).toEqual(seedPrograms.map((p) => p.program));
      expect(programs.map((p) => p.children.length)).toEqual(counts);
      for (const p of programs) {
        expect(p.parent).toBeNull();
        for (const c of p.children) {
          const k = rows.find((x) => x.row === c)!;
          expect(k.level).toBe(2);
          expect(k.parent).toBe(p.row);
        }
      }
      const totals = rows.filter((x) => x.isTotal);
      expect(totals).toHaveLength(1);
      expect(totals[0]).toMatchObject({ uraian: "JUMLAH", level: 0 });
      expect(totals[0].children).toEqual(programs.map((p) => p.row));
      expect(totals[0].anggaran?.value).toBe(seedTotal.anggaran);
      expect(rows).toHaveLength(1 + 8 + counts.reduce((a, b) => a + b, 0));
    });
  }

  test("figures and codes as printed; a kegiatan carrying the program's code is placed by the bold row above it", () => {
    const r = run([seedDetail({ bold: true })]);
    const fakir = r.anggaran.find((x) => /Fakir Miskin/.test(x.uraian))!;
    expect(fakir).toMatchObject({ kode: null, level: 1, levelFrom: "nama" });
    expect(fakir.anggaran?.value).toBe(950071800);
    expect(fakir.printed.penyerapan?.value).toBeCloseTo(88.62, 10);
    const [first, second] = fakir.children.map((c) => r.anggaran.find((x) => x.row === c)!);
    expect(first).toMatchObject({ kode: "1 06 01 15", level: 2, levelFrom: "tebal" });
    expect(second).toMatchObject({ kode: "1 06 01 15 02", level: 2, levelFrom: "kode" });
    const empty = r.anggaran.find((x) => x.uraian === "Asistensi Sosial Penyandang Disabilitas Berat (ASPDB)")!;
    expect(empty.anggaran).toBeNull();
    expect(empty.realisasi).toBeNull();
    const upt = r.anggaran.find((x) => /Rehabilitasi UPT/.test(x.uraian))!;
    expect(upt).toMatchObject({ kode: "1 06 01 21", level: 1, levelFrom: "kode" });
    const guess = r.guesses.find((g) => g.about === "level" && g.value === "tebal")!;
    expect(guess.cell).toBe("B3");
    expect(guess.reason).toMatch(/huruf tebal/);
  });

  test("without bold, the rows under a named program without a code are its kegiatan (guessed from order)", () => {
    const r = run([seedDetail({ bold: false })]);
    const k = r.anggaran.find((x) => x.uraian === "Penyediaan Bahan dan Jasa Kebersihan Kantor")!;
    expect(k).toMatchObject({ level: 2, levelFrom: "urutan", parent: 1 });
    expect(r.guesses.some((g) => g.about === "level" && g.value === "urutan")).toBe(true);
  });
});

describe("English-format numbers from another tool", () => {
  const r = run([englishNumbers()]);

  test("'Pagu', 'Realisasi s.d. Desember (Rp)', 'Serapan (%)'", () => {
    expect(roles(layoutOf(r, "Export"))).toEqual({
      kode: "A",
      uraian: "B",
      anggaran: "C",
      realisasiAnggaran: "D",
      penyerapan: "E",
      sisa: "+F",
    });
  });

  test("1,004,422,800 and 993,712,150.50 read as English numbers; 98.93 as a decimal", () => {
    const k = anggaranAt(r, "Export", 2);
    expect(k.anggaran?.value).toBe(1004422800);
    expect(k.realisasi).toMatchObject({ value: 993712150.5, decimals: 2 });
    expect(k.printed.penyerapan?.value).toBe(98.93);
    expect(rows1(k.children)).toEqual([3, 4]);
    expect(anggaranAt(r, "Export", 3).anggaran?.value).toBe(604422800);
  });

  test("without a year, 3-segment-free 2021 codes still decide their regime", () => {
    expect(anggaranAt(r, "Export", 2).level).toBe(2);
    expect(anggaranAt(r, "Export", 3).level).toBe(3);
    expect(r.tahun).toBeNull();
  });
});
