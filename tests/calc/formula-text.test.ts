import {
  capaianFormula,
  efisiensiFormula,
  penyerapanFormula,
  predikatFormula,
  rataRataFormula,
} from "../../src/core/calc";
import { allNumbers, isAtom, numberTests, operand, referencesIn } from "../../src/core/calc/formula";
import { predikatBands } from "../../src/core/settings/settings";

const SEED = { negatif: "T/R" as const, batasCapaian: null, batasBawahNol: false };

describe("formula text", () => {
  it("capaian: English names, ',' separators, no leading '=', no ROUND, every division guarded", () => {
    expect(capaianFormula({ target: "E7", realisasi: "F7" }, "negatif", SEED, false)).toBe(
      'IF(AND(ISNUMBER(E7),ISNUMBER(F7)),IF(F7=0,"",E7/F7*100),"")',
    );
    expect(capaianFormula({ target: "E7", realisasi: "F7" }, "positif", SEED, true)).toBe(
      'IF(AND(ISNUMBER(E7),ISNUMBER(F7)),IF(E7=0,"",F7/E7),"")',
    );
    expect(capaianFormula({ target: "E7", realisasi: "F7" }, "positif", { ...SEED, batasCapaian: 120 }, true)).toBe(
      'IF(AND(ISNUMBER(E7),ISNUMBER(F7)),IF(E7=0,"",MAX(0,MIN(1.2,F7/E7))),"")',
    );
    for (const p of ["positif", "negatif", "stabil", "range"] as const) {
      const f = capaianFormula(
        { target: "A1", realisasi: "B1", low: "C1", high: "D1" },
        p,
        { ...SEED, negatif: "2T-R" },
        false,
      );
      expect(f.startsWith("=")).toBe(false);
      expect(f).not.toMatch(/ROUND|;/);
    }
  });
  it("range with literal bounds sorts them; negative literals are parenthesised", () => {
    expect(capaianFormula({ target: "", realisasi: "B2", low: "90", high: "80" }, "range", SEED, false)).toBe(
      'IF(AND(ISNUMBER(B2),ISNUMBER(90),ISNUMBER(80)),IF(B2>90,IF(90=0,"",B2/90*100),IF(B2<80,IF(80=0,"",B2/80*100),100)),"")',
    );
    expect(capaianFormula({ target: "-5", realisasi: "B2" }, "negatif", { ...SEED, negatif: "2T-R" }, false)).toBe(
      'IF(AND(ISNUMBER(-5),ISNUMBER(B2)),IF((-5)=0,"",(2*(-5)-B2)/(-5)*100),"")',
    );
  });
  it("expressions as operands are parenthesised and their cells tested", () => {
    expect(operand("E5*100")).toBe("(E5*100)");
    expect(operand("'Tabel 3.1'!$E$5")).toBe("'Tabel 3.1'!$E$5");
    expect(numberTests("E5*100")).toEqual(["ISNUMBER(E5)", "ISNUMBER(E5*100)"]);
    expect(efisiensiFormula("E5*100", "G5*100", "indeks")).toBe(
      'IF(AND(ISNUMBER(E5),ISNUMBER(E5*100),ISNUMBER(G5),ISNUMBER(G5*100)),IF((G5*100)=0,"",(E5*100)/(G5*100)),"")',
    );
    expect(referencesIn("LOG10(A1)+Sheet2!B$3+\"C4\"+'My sheet'!D5:E6")).toEqual([
      "A1",
      "Sheet2!B$3",
      "'My sheet'!D5:E6",
    ]);
  });
  it("predikat and means", () => {
    expect(predikatFormula("G7", predikatBands({ skala: "95-80-50" }), 2, true)).toBe(
      'IF(ISNUMBER(G7),IF(ROUND(G7*100,2)>=95,"Sangat Berhasil",IF(ROUND(G7*100,2)>=80,"Berhasil",IF(ROUND(G7*100,2)>=50,"Cukup Berhasil","Kurang Berhasil"))),"")',
    );
    expect(predikatFormula("G7", [{ min: 0, label: 'A "B"' }], 0, false)).toBe(
      'IF(ISNUMBER(G7),IF(ROUND(G7,0)>=0,"A ""B""",""),"")',
    );
    expect(rataRataFormula(["G7", "G8"])).toBe('IF(COUNT(G7,G8)=0,"",AVERAGE(G7,G8))');
    expect(penyerapanFormula("C5", "D5", false)).toBe('IF(AND(ISNUMBER(C5),ISNUMBER(D5)),IF(C5=0,"",D5/C5*100),"")');
  });
  it("atoms: plain cells told without the regular expression, as the full rule tells them", () => {
    for (const a of ["B7", "$B$7", "b7", "XFD1048576", "$A1", "A$1", " C5 ", "'Sheet 1'!B7", "C5:C9", "19.53", "5"])
      expect(isAtom(a)).toBe(true);
    for (const a of ["ABCD1", "B", "7B", "$$B7", "B7$", "B$$7", "B7*100", "-5", "", "$", "B 7", "B7!"])
      expect(isAtom(a)).toBe(false);
    expect(allNumbers(["C5", " D5 "])).toBe("AND(ISNUMBER(C5),ISNUMBER(D5))");
    expect(allNumbers(["C5"])).toBe("ISNUMBER(C5)");
    expect(allNumbers(["E5*100"])).toBe("AND(ISNUMBER(E5),ISNUMBER(E5*100))");
    expect(allNumbers(["C5", "E5*100", "7"])).toBe("AND(ISNUMBER(C5),ISNUMBER(E5),ISNUMBER(E5*100),ISNUMBER(7))");
  });
});
