/** The benchmark's budget workbook: the row count asked for, 2021-regime codes, parents that sum their children. */
import { budgetLines, generateBudgetWorkbook } from "../../bench/generate";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";

describe("generateBudgetWorkbook", () => {
  it("writes title rows, a header, exactly the rows asked for and a JUMLAH row", async () => {
    const book = await ExcelJsWorkbook.load(await generateBudgetWorkbook(500));
    const [s] = (await book.read()).sheets;
    expect(s.name).toBe("LRA 2021");
    expect(s.values.slice(0, 4).map((r) => r[0])).toEqual([
      "PEMERINTAH KABUPATEN SUMENEP",
      "DINAS SOSIAL",
      "LAPORAN REALISASI ANGGARAN",
      "TAHUN ANGGARAN 2021",
    ]);
    expect(s.values[5]).toEqual(["KODE REKENING", "URAIAN PROGRAM / KEGIATAN / SUB KEGIATAN", "ANGGARAN", "REALISASI"]);
    expect(s.values[7]).toEqual([1, 2, 3, 4]);
    expect(s.values.length).toBe(8 + 500 + 1);
    const data = s.values.slice(8, 508);
    const last = s.values[508];
    expect(last[1]).toBe("JUMLAH");

    // Codes: program U.BB.PP, kegiatan +.K.KK, sub kegiatan +.SSSS, as SIPD prints them from 2021.
    for (const [i, row] of data.entries()) {
      const kode = row[0] as string;
      if (s.bold[8 + i][0]) expect(kode).toMatch(/^\d\.\d{2}\.\d{2}(\.2\.\d{2})?$/);
      else expect(kode).toMatch(/^\d\.\d{2}\.\d{2}\.2\.\d{2}\.\d{4}$/);
    }
    expect(data[0][0]).toBe("1.06.01");
    expect(data[1][0]).toBe("1.06.01.2.01");
    expect(data[2][0]).toBe("1.06.01.2.01.0001");

    // Some amounts typed as Indonesian text ("12.345.000,00"), some realisasi not reported yet.
    const texts = data.filter((r) => typeof r[2] === "string");
    expect(texts.length).toBeGreaterThan(0);
    for (const r of texts) expect(r[2]).toMatch(/^\d{1,3}(\.\d{3})*,00$/);
    expect(data.some((r) => r[3] === null)).toBe(true);

    // The JUMLAH row is the sum of the program rows, read back from the file.
    const num = (x: unknown) =>
      typeof x === "number" ? x : typeof x === "string" ? Number(x.replace(/\./g, "").replace(",", ".")) : 0;
    const programs = data.filter((r) => /^\d\.\d{2}\.\d{2}$/.test(r[0] as string));
    expect(last[2]).toBe(programs.reduce((a, r) => a + num(r[2]), 0));
    expect(last[3]).toBe(programs.reduce((a, r) => a + num(r[3]), 0));
  });

  it("gives parents the sums of their children and is the same on every run", () => {
    const lines = budgetLines(2000);
    expect(lines).toHaveLength(2000);
    expect(budgetLines(2000)).toEqual(lines);
    for (const [i, line] of lines.entries()) {
      if (line.level === 3) continue;
      let a = 0;
      let r = 0;
      for (let j = i + 1; j < lines.length && lines[j].level > line.level; j++) {
        if (lines[j].level === 3) {
          a += lines[j].anggaran;
          r += lines[j].realisasi ?? 0;
        }
      }
      expect([line.kode, line.anggaran, line.realisasi]).toEqual([line.kode, a, r]);
      expect(a).toBeGreaterThan(0);
    }
  });

  it("refuses a row count that is not a positive integer", async () => {
    await expect(generateBudgetWorkbook(0)).rejects.toThrow(RangeError);
  });
});
