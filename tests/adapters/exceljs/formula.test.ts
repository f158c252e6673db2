import { fromStoredFormula, toStoredFormula } from "../../../src/adapters/exceljs/formula";

describe("formula text in the file", () => {
  it("prefixes functions newer than Excel 2007 and nothing else", () => {
    expect(toStoredFormula("ROUND(E4/D4*100,2)")).toBe("ROUND(E4/D4*100,2)");
    expect(toStoredFormula("=IFERROR(A1,0)")).toBe("IFERROR(A1,0)");
    expect(toStoredFormula('IFS(A1>0,1,TRUE,MAXIFS(B:B,C:C,"x"))')).toBe(
      '_xlfn.IFS(A1>0,1,TRUE,_xlfn.MAXIFS(B:B,C:C,"x"))',
    );
    expect(toStoredFormula("stdev.s(A1:A3)+ifna(B1,0)")).toBe("_xlfn.stdev.s(A1:A3)+_xlfn.ifna(B1,0)");
  });

  it("leaves string literals and quoted sheet names alone", () => {
    expect(toStoredFormula('IF(A1="IFS(x)","IFS(",CONCAT("a","b"))')).toBe(
      'IF(A1="IFS(x)","IFS(",_xlfn.CONCAT("a","b"))',
    );
    expect(toStoredFormula("'IFS(1)'!A1+SWITCH(1,1,2)")).toBe("'IFS(1)'!A1+_xlfn.SWITCH(1,1,2)");
    expect(toStoredFormula('"say ""IFS("""&IFS(1,2)')).toBe('"say ""IFS("""&_xlfn.IFS(1,2)');
  });

  it("does not prefix a name that merely ends like a newer function", () => {
    expect(toStoredFormula("MYIFS(1)+X.IFS(2)")).toBe("MYIFS(1)+X.IFS(2)");
  });

  it("reads the prefixes away again", () => {
    expect(fromStoredFormula('_xlfn.IFS(A1>0,1,TRUE,_xlfn.MAXIFS(B:B,C:C,"x"))')).toBe(
      'IFS(A1>0,1,TRUE,MAXIFS(B:B,C:C,"x"))',
    );
    expect(fromStoredFormula("_xlfn._xlws.FILTER(A1:A3,B1:B3)")).toBe("FILTER(A1:A3,B1:B3)");
    expect(fromStoredFormula('IF(A1="_xlfn.",1,2)')).toBe('IF(A1="_xlfn.",1,2)');
  });
});
