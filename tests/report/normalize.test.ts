import { displayName } from "../../src/core/report/join";
import { normalizeName, sameName } from "../../src/core/report/normalize";
import { sanitizeSheetName, uniqueSheetName } from "../../src/core/report/sheet-names";

describe("normalizeName joins the same indicator written differently", () => {
  it.each([
    ["Prosentase Penanganan PMKS", "Persentase penanganan PMKS"],
    ["1.1. Persentase penanganan PMKS", "Persentase penanganan PMKS"],
    ["2.1 Persentase  penanganan PMKS ", "persentase penanganan pmks"],
    ["Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS)", "Jumlah PMKS"],
    [
      "Meningkatnya kesejahteraan Penyandang Masalah Kesejahteraan Sosial",
      "Meningkatkan Kesejahteraan penyandang masalah kesejahteraan sosial (PMKS)",
    ],
    [
      "Program pelestarian nilai-nilai kepahlawanan dan kesetiakawanan sosial",
      "Program Pelestarian Nilai-Nilai Kepahlawanan dan Kesetiakawanan Sosial",
    ],
  ])("%s = %s", (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  it.each([
    ["Angka Kemiskinan", "Angka Kematian Ibu"],
    ["Jumlah PMKS", "Persentase penanganan PMKS"],
    ["Penurunan Masalah Sosial", "Penanganan Masalah Sosial"],
  ])("%s != %s", (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it("replaces words by the abbreviation that follows them when its letters are their initials", () => {
    expect(normalizeName("Nilai Survei Kepuasan Layanan (SKL)")).toBe("nilai skl");
    expect(normalizeName("Angka Partisipasi (APK)")).toBe("angka partisipasi apk");
  });

  it("gives no match for empty names", () => {
    expect(sameName("", "")).toBe(false);
    expect(sameName(null, "Jumlah PMKS")).toBe(false);
  });
});

describe("sheet names", () => {
  it("removes characters Excel refuses and keeps 31 characters", () => {
    expect(sanitizeSheetName("Tabel 3.1 a/b\\c?d*e:f[g]h")).toBe("Tabel 3.1 a-b-c-d-e-f-g-h");
    expect(sanitizeSheetName("'Tabel'")).toBe("Tabel");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName("  ")).toBe("Tabel");
  });

  it("picks another name when one is taken, ignoring case", () => {
    expect(uniqueSheetName("Tabel 3.1", ["tabel 3.1"])).toBe("Tabel 3.1 (2)");
    expect(uniqueSheetName("Tabel 3.1", ["Tabel 3.1", "TABEL 3.1 (2)"])).toBe("Tabel 3.1 (3)");
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    const long = uniqueSheetName("y".repeat(31), ["y".repeat(31)]);
    expect(long).toHaveLength(31);
    expect(long.endsWith(" (2)")).toBe(true);
  });
});

describe("displayName shows an indicator without its list marks", () => {
  it.each([
    ["1.1. Persentase penanganan PMKS", "Persentase penanganan PMKS"],
    ["2.1 Angka Kemiskinan", "Angka Kemiskinan"],
    [
      "- Panitia keselamatan dan kesehatan kerja di perusahaan",
      "Panitia keselamatan dan kesehatan kerja di perusahaan",
    ],
    ["• Jumlah PMKS", "Jumlah PMKS"],
    ["e. Index responden yang puas", "Index responden yang puas"],
    ["b) Pidana", "Pidana"],
    // Not list marks: a word, a capital initial, a number that is part of the name, a minus sign on a figure.
    ["Angka Kemiskinan", "Angka Kemiskinan"],
    ["K3 di perusahaan", "K3 di perusahaan"],
    ["A. Yani Hospital bed rate", "A. Yani Hospital bed rate"],
    ["-5 hari", "-5 hari"],
    ["e-KTP yang dicetak", "e-KTP yang dicetak"],
  ])("%s -> %s", (a, b) => {
    expect(displayName(a)).toBe(b);
  });
});
