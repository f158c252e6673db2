/** The words and codes recognition understands, one by one. */
import { kodeKind, parseKode, rawLevel, regimeOf, splitKode } from "../../src/core/recognize/kode";
import { numberingStyle, Outline } from "../../src/core/recognize/numbering";
import { guessPolaritas, parsePolaritas } from "../../src/core/recognize/polaritas";
import { isYearOnly, normalize } from "../../src/core/recognize/text";
import { splitNomor, parseRange } from "../../src/core/recognize/indikator";
import {
  headerMeaning,
  instansiIn,
  isGrandTotalLabel,
  isMeanLabel,
  isTotalLabel,
  sasaranHeading,
  tahunIn,
} from "../../src/core/recognize/vocabulary";

const meaning = (h: string) => headerMeaning(normalize(h));

test.each([
  ["No", { role: "no" }],
  ["NO.", { role: "no" }],
  ["N0", { role: "no" }],
  ["Kode Rekening", { role: "kode" }],
  ["KODE PROGRAM / KEGIATAN", { role: "kode" }],
  ["Uraian", { role: "uraian" }],
  ["Sub Kegiatan", { role: "uraian" }],
  ["Program/Kegiatan/Sub Kegiatan", { amb: "program" }],
  ["Program Pendukung", { amb: "program" }],
  ["Anggaran", { role: "anggaran", pref: 1 }],
  ["Pagu", { role: "anggaran", pref: 1 }],
  ["Alokasi", { role: "anggaran", pref: 1 }],
  ["DPA (Rp)", { role: "anggaran", pref: 1 }],
  ["Anggaran Setelah Perubahan", { role: "anggaran", pref: 2 }],
  ["Anggaran Sebelum Perubahan", { role: "anggaran", pref: 0 }],
  ["Anggaran Murni", { role: "anggaran", pref: 0 }],
  ["Target Anggaran", { role: "anggaran", pref: 1 }],
  ["Realisasi (Rp)", { role: "realisasiAnggaran" }],
  ["Realisasi Keuangan", { role: "realisasiAnggaran" }],
  ["Realisasi", { amb: "realisasi" }],
  ["Realisasi Kinerja", { role: "realisasi" }],
  ["Realisasi 2019", { role: "realisasi:2019" }],
  ["Realisasi Tahun 2018", { role: "realisasi:2018" }],
  ["Realisasi Fisik (%)", null],
  ["Sisa Anggaran", { role: "sisa" }],
  ["%", { amb: "capaian" }],
  ["Capaian (%)", { amb: "capaian" }],
  ["Capaian 2019", { amb: "capaianTahun", year: 2019 }],
  ["Penyerapan", { role: "penyerapan" }],
  ["Serapan (%)", { role: "penyerapan" }],
  ["Penyerapan anggaran", { role: "penyerapan" }],
  ["Indikator Kinerja", { role: "indikator" }],
  ["IKU", { role: "indikator" }],
  ["Indikator Sasaran", { role: "indikator" }],
  ["Sasaran Strategis", { role: "sasaran" }],
  ["Tujuan", { role: "tujuan" }],
  ["Satuan", { role: "satuan" }],
  ["Polaritas", { role: "polaritas" }],
  ["Sifat", { role: "polaritas" }],
  ["Bobot (%)", { role: "bobot" }],
  ["Target", { role: "target" }],
  ["Target PK", { role: "target" }],
  ["Target 2021", { amb: "targetTahun", year: 2021 }],
  ["Target Akhir Renstra", { role: "targetAkhir" }],
  ["Target akhir RPJMD (2021)", { role: "targetAkhir" }],
  ["CAPAIAN s/d TAHUN 2020", { amb: "realisasiSd" }],
  ["CAPAIAN AKHIR RPJMD s/d TAHUN 2020", { role: "capaianAkhir" }],
  ["Tingkat Efisiensi", { role: "efisiensi" }],
  ["Predikat", { role: "predikat" }],
  ["Kategori", { role: "predikat" }],
  ["Kriteria", { role: "predikat" }],
  ["2019", { amb: "tahun", year: 2019 }],
  ["Jumlah", { amb: "jumlah" }],
  ["Keterangan", null],
  ["Kinerja", null],
])("header %s", (h, expected) => {
  expect(meaning(h)).toEqual(expected);
});

test("codes: both regimes, placeholders, accounts, outline numbers", () => {
  expect(parseKode("1 06 01 15 02")).toEqual({
    text: "1 06 01 15 02",
    segments: ["1", "06", "01", "15", "02"],
    spaced: true,
  });
  expect(parseKode("1\t06\t01\t15")?.segments).toEqual(["1", "06", "01", "15"]);
  expect(parseKode("Program")).toBeNull();
  expect(parseKode("")).toBeNull();
  const k = (t: string) => parseKode(t)!;
  expect(regimeOf(k("1 06 01 15 02"))).toBe("pra2021");
  expect(regimeOf(k("1.06.01.15.02"))).toBe("pra2021");
  expect(regimeOf(k("1.06.02.2.01.0001"))).toBe("pasca2021");
  expect(regimeOf(k("X.XX.01.2.01"))).toBe("pasca2021");
  expect(regimeOf(k("1.06.02"))).toBeNull();
  expect(kodeKind(k("5.2.2.01.01"))).toBe("akun");
  expect(kodeKind(k("5.1.02.01.01.0024"))).toBe("akun");
  expect(kodeKind(k("4.01.01.15"))).toBe("program");
  expect(kodeKind(k("1.1"))).toBe("nomor");
  // Levels on the common scale: program 1, kegiatan 2, sub kegiatan 3, accounts below.
  expect(rawLevel(k("1.06.02"), "pasca2021", true)).toBe(1);
  expect(rawLevel(k("1.06.02.2.01"), "pasca2021", true)).toBe(2);
  expect(rawLevel(k("1.06.02.2.01.0001"), "pasca2021", true)).toBe(3);
  expect(rawLevel(k("1 06 01 15"), "pra2021", true)).toBe(1);
  expect(rawLevel(k("1 06 01 15 02"), "pra2021", true)).toBe(2);
  expect(rawLevel(k("5.2.2.01.01"), "pra2021", true)).toBe(8);
  expect(rawLevel(k("5.1"), "pasca2021", false)).toBe(2);
});

test("a code in front of the name is split off; an outline number stays in the name", () => {
  expect(splitKode("7.01.02.2.01.01 Koordinasi Penyusunan Dokumen")).toMatchObject({
    kode: { text: "7.01.02.2.01.01" },
    rest: "Koordinasi Penyusunan Dokumen",
  });
  expect(splitKode("1 06 01 15 02 Pemberdayaan Keluarga Miskin")).toMatchObject({
    kode: { text: "1 06 01 15 02" },
    rest: "Pemberdayaan Keluarga Miskin",
  });
  expect(splitKode("X.XX.01 PROGRAM PENUNJANG")).toMatchObject({
    kode: { text: "X.XX.01" },
    rest: "PROGRAM PENUNJANG",
  });
  expect(splitKode("5.1.02.01.01.0024 - Belanja Alat Tulis Kantor").rest).toBe("Belanja Alat Tulis Kantor");
  expect(splitKode("1.1 Belanja Pegawai")).toEqual({ kode: null, rest: "1.1 Belanja Pegawai" });
  expect(splitKode("1. Belanja Tidak Langsung")).toEqual({ kode: null, rest: "1. Belanja Tidak Langsung" });
  expect(splitKode("Penyediaan Jasa 2020")).toEqual({ kode: null, rest: "Penyediaan Jasa 2020" });
});

test("polaritas words", () => {
  const cases: [string, string | null][] = [
    ["Positif", "positif"],
    ["negatif", "negatif"],
    ["+", "positif"],
    ["(-)", "negatif"],
    ["−", "negatif"],
    ["Naik", "positif"],
    ["Turun", "negatif"],
    ["Max", "positif"],
    ["Minimal", "negatif"],
    ["Semakin tinggi semakin baik", "positif"],
    ["semakin rendah semakin baik", "negatif"],
    ["Range", "range"],
    ["Stabil", "stabil"],
    ["?", null],
    ["", null],
  ];
  for (const [text, pol] of cases) expect([text, parsePolaritas(text)]).toEqual([text, pol]);
});

test("polaritas guessed from names: lower-is-better words, unless the name counts what was handled or reduced", () => {
  const g = (n: string) => guessPolaritas(n);
  expect(g("Angka Kemiskinan")).toEqual({ polaritas: "negatif", from: "tebakan", word: "kemiskinan" });
  expect(g("Jumlah PMKS").polaritas).toBe("negatif");
  expect(g("Tingkat Pengangguran Terbuka").polaritas).toBe("negatif");
  expect(g("Angka Kematian Ibu").polaritas).toBe("negatif");
  expect(g("Prevalensi Stunting").polaritas).toBe("negatif");
  expect(g("Jumlah kasus DBD").polaritas).toBe("negatif");
  expect(g("Penurunan Masalah Sosial")).toEqual({ polaritas: "positif", from: "tebakan", word: "penurunan" });
  expect(g("Persentase penanganan PMKS").polaritas).toBe("positif");
  expect(g("Persentase kasus yang diselesaikan").polaritas).toBe("positif");
  expect(g("Indeks Kepuasan Masyarakat")).toEqual({ polaritas: "positif", from: "bawaan", word: null });
});

test("a name worded as its sasaran ('Menurunnya tingkat pelanggaran') measures the thing itself: negatif", () => {
  const g = (n: string) => guessPolaritas(n);
  expect(g("Menurunnya Tingkat Pelanggaran Perda")).toEqual({
    polaritas: "negatif",
    from: "tebakan",
    word: "pelanggaran",
  });
  expect(g("Berkurangnya angka kemiskinan").polaritas).toBe("negatif");
  // the decrease itself, or a sasaran without a lower-is-better thing, stays positif
  expect(g("Persentase berkurangnya laporan pengaduan").polaritas).toBe("positif");
  expect(g("Persentase penurunan angka pelanggaran").polaritas).toBe("positif");
  expect(g("Menurunnya waktu tunggu").word).toBe("waktu tunggu");
});

test("labels: totals, means, sasaran headings, titles", () => {
  expect(
    ["JUMLAH", "Total", "JUMLAH TOTAL", "Sub Total", "Jumlah Belanja Tidak Langsung"].every((t) =>
      isTotalLabel(normalize(t)),
    ),
  ).toBe(true);
  expect(isTotalLabel(normalize("Penyediaan Jasa"))).toBe(false);
  expect(isGrandTotalLabel(normalize("JUMLAH TOTAL"))).toBe(true);
  expect(isGrandTotalLabel(normalize("Jumlah Belanja Tidak Langsung"))).toBe(false);
  expect(
    ["RATA-RATA CAPAIAN", "RATA – RATA CAPAIAN", "Rata rata", "Rerata capaian"].every((t) => isMeanLabel(normalize(t))),
  ).toBe(true);
  expect(isMeanLabel(normalize("Angka rata-rata lama sekolah"))).toBe(false);
  expect(sasaranHeading("Sasaran 1: Meningkatnya kualitas layanan")).toBe("Meningkatnya kualitas layanan");
  expect(sasaranHeading("SASARAN STRATEGIS : Menurunnya kemiskinan")).toBe("Menurunnya kemiskinan");
  expect(sasaranHeading("Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan")).toBe(
    "Meningkatnya Akuntabilitas Keuangan",
  );
  expect(sasaranHeading("Sasaran Strategis")).toBeNull();
  expect(sasaranHeading("Sasaranku")).toBeNull();
  expect(sasaranHeading("Sasaran Indikator Kinerja")).toBeNull();
  expect(sasaranHeading("SASARAN II. Menurunnya kemiskinan")).toBe("Menurunnya kemiskinan");
  expect(tahunIn("TAHUN ANGGARAN 2020")).toBe(2020);
  expect(tahunIn("Laporan Kinerja Tahun 2021")).toBe(2021);
  expect(tahunIn("T.A. 2019")).toBe(2019);
  expect(tahunIn("RPJMD Tahun 2016-2021")).toBeNull();
  expect(tahunIn("PEMERINTAH KABUPATEN SUMENEP")).toBeNull();
  expect(instansiIn("DINAS SOSIAL KABUPATEN SUMENEP")).toBe("DINAS SOSIAL KABUPATEN SUMENEP");
  expect(instansiIn("LAPORAN REALISASI ANGGARAN DINAS SOSIAL KABUPATEN SUMENEP TAHUN ANGGARAN 2020")).toBe(
    "DINAS SOSIAL KABUPATEN SUMENEP",
  );
  expect(instansiIn("SKPD : 1.06.01 - Dinas Sosial")).toBe("Dinas Sosial");
  expect(instansiIn("KEPALA DINAS SOSIAL")).toBeNull();
  expect(instansiIn("PEMERINTAH KABUPATEN SUMENEP")).toBeNull();
});

test("numbering styles and outline levels by first appearance", () => {
  expect(
    ["1. Belanja", "a) Gaji", "I. Pendapatan", "- Honor", "1.1 Belanja", "(2) Lain", "A. Umum"].map(numberingStyle),
  ).toEqual(["d.", "a)", "R.", "-", "d.d", "d)", "A."]);
  expect(numberingStyle("Belanja Pegawai")).toBeNull();
  const o = new Outline();
  expect(["d.", "a)", "a)", "d.", "-"].map((s) => o.level(s))).toEqual([1, 2, 2, 1, 3]);
});

test("indicator numbering and target ranges", () => {
  expect(splitNomor("1.1. Angka Kemiskinan")).toEqual({ no: "1.1", nama: "Angka Kemiskinan" });
  expect(splitNomor("2.1 Persentase penanganan PMKS")).toEqual({ no: "2.1", nama: "Persentase penanganan PMKS" });
  expect(splitNomor("3 Indeks Kepuasan")).toEqual({ no: "3", nama: "Indeks Kepuasan" });
  expect(splitNomor("100 persen desa terlayani")).toEqual({ no: null, nama: "100 persen desa terlayani" });
  expect(splitNomor("Angka Kemiskinan")).toEqual({ no: null, nama: "Angka Kemiskinan" });
  expect(parseRange("80 - 90", false)).toEqual([80, 90]);
  expect(parseRange("80% – 90%", false)).toEqual([80, 90]);
  expect(parseRange("70 s/d 80", false)).toEqual([70, 80]);
  expect(parseRange("90 - 80", false)).toBeNull();
  expect(parseRange("WTP", false)).toBeNull();
});

test("a number is a year heading exactly when it is a whole 1900-2099 (header.ts tells it without its text)", () => {
  for (const n of [1899, 1900, 1999.5, 2020, 2099, 2100, -1999, 1e3, 19e2, 0.202, 20200, 2020.0000001])
    expect(isYearOnly(String(n))).toBe(Number.isInteger(n) && n >= 1900 && n <= 2099);
});
