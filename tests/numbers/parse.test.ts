import fc from "fast-check";
import { decimalsOfFormat, formatAngka, parseAngka, readNumber } from "../../src/core/numbers";

describe("parseAngka: examples", () => {
  it.each<[string, number, string | null, number]>([
    ["1.214.050.000,00", 1214050000, null, 2],
    ["4,40%", 4.4, "%", 2],
    ["100.606 org", 100606, "org", 0],
    ["Rp 1.000", 1000, "Rp", 0],
    ["Rp. 1.000,-", 1000, "Rp", 0],
    ["657.770.200,-", 657770200, null, 0],
    ["12 kali", 12, "kali", 0],
    ["1,004,422,800", 1004422800, null, 0],
    ["1,234.56", 1234.56, null, 2],
    ["(1.000)", -1000, null, 0],
    ["1569,77%", 1569.77, "%", 2],
    [" 73,47 % ", 73.47, "%", 2],
    ["\u22125,5", -5.5, null, 1],
    ["-19,53", -19.53, null, 2],
    ["1\u00a0", 1, null, 0],
    ["\u00a01.214.050.000,00\u00a0", 1214050000, null, 2],
    ["Rp\u00a03.282.267.316", 3282267316, "Rp", 0],
    ["1.234", 1234, null, 0],
    ["1,234", 1.234, null, 3],
    ["80,5", 80.5, null, 1],
    ["19,53", 19.53, null, 2],
    ["73.47", 73.47, null, 2],
    ["0.500", 0.5, null, 3],
    ["0,500", 0.5, null, 3],
    ["1234,567", 1234.567, null, 3],
    ["1234.567", 1234.567, null, 3],
    ["20.18", 20.18, null, 2],
    ["4,40 persen", 4.4, "%", 2],
    ["2 dokumen", 2, "dokumen", 0],
    ["197.465 KK", 197465, "KK", 0],
    ["1.000.000", 1000000, null, 0],
    ["1.234,5", 1234.5, null, 1],
    ["+7", 7, null, 0],
    ["-Rp 1.000", -1000, "Rp", 0],
    ["Rp -1.000", -1000, "Rp", 0],
    ["(Rp 2.500,50)", -2500.5, "Rp", 2],
    [",5", 0.5, null, 1],
    ["0", 0, null, 0],
    ["-0", 0, null, 0],
    ["007", 7, null, 0],
    ["IDR 5.000", 5000, "IDR", 0],
    ["Rp84.157.000.000,-", 84157000000, "Rp", 0],
    ["-Rp5.000", -5000, "Rp", 0],
    ["66 (>100%)", 66, null, 0],
    ["82 (tercapai)", 82, null, 0],
    ["12 Bulan (100%)", 12, "Bulan", 0],
    ["80,5 (%)", 80.5, "%", 1],
  ])("%p -> %p %p (decimals %p)", (text, value, unit, decimals) => {
    expect(parseAngka(text)).toEqual({ value, unit, decimals });
  });

  it("preferThousands reads a lone comma before three digits as thousands", () => {
    expect(parseAngka("197,465", { preferThousands: true })).toEqual({ value: 197465, unit: null, decimals: 0 });
    expect(parseAngka("1,234", { preferThousands: true })?.value).toBe(1234);
    expect(parseAngka("197,465")?.value).toBe(197.465);
    // not ambiguous: two decimals or a leading zero stay decimals
    expect(parseAngka("19,53", { preferThousands: true })?.value).toBe(19.53);
    expect(parseAngka("0,465", { preferThousands: true })?.value).toBe(0.465);
    expect(parseAngka("1234,567", { preferThousands: true })?.value).toBe(1234.567);
  });

  it.each([
    "",
    "   ",
    "-",
    "n/a",
    "N/A",
    "WTP",
    "BB",
    "Opini WTP",
    "80 - 90",
    "2019/2020",
    "1 000",
    "1.2.3",
    "1,2.3",
    "1.23.456",
    "1.234.56",
    "1,234,56",
    "12.345,67,89",
    "Rp 1.000 juta",
    "1.000 (juta)",
    "2021 (Realisasi)",
    "5 % (%)",
    "abc 12",
    "=1+2",
    "1e5",
    "≥ 80",
    "--5",
    "31/12/2020",
    "1.000,00,-",
    "()",
    "Rp",
    "%",
  ])("%p is not a number", (text) => {
    expect(parseAngka(text)).toBeNull();
  });
});

describe("parseAngka / formatAngka round trip", () => {
  it("formatAngka output parses back to the rounded value", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const text = formatAngka(x, d);
        const parsed = parseAngka(text);
        expect(parsed).not.toBeNull();
        const rounded = Number(text.replace(/\./g, "").replace(",", "."));
        expect(parsed!.value).toBe(rounded === 0 ? 0 : rounded);
        // a lone "." before 3 digits is thousands: text with decimals always has a comma, so decimals survive
        expect(parsed!.decimals).toBe(d);
      }),
      { numRuns: 3000 },
    );
  });

  it("English-formatted numbers with grouping parse the same as Indonesian ones", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999_999 }), fc.integer({ min: 1, max: 99 }), (n, cents) => {
        const en = `${n.toLocaleString("en-US")}.${String(cents).padStart(2, "0")}`;
        const id = `${n.toLocaleString("id-ID")},${String(cents).padStart(2, "0")}`;
        expect(parseAngka(en)).toEqual(parseAngka(id));
        expect(parseAngka(id)!.value).toBe(Number(`${n}.${String(cents).padStart(2, "0")}`));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("decimalsOfFormat", () => {
  it.each<[string | null, number | null]>([
    ["0.00", 2],
    ["#,##0", 0],
    ["0.0%", 1],
    ["0.00%", 2],
    ["#,##0.00_);(#,##0.00)", 2],
    ['_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)', 2],
    ['"Rp"#,##0', 0],
    ["[$Rp-421]#,##0.00", 2],
    ['#,##0.000 "org"', 3],
    ["0", 0],
    ["General", null],
    ["@", null],
    ["dd/mm/yyyy", null],
    [null, null],
  ])("%p -> %p", (code, expected) => {
    expect(decimalsOfFormat(code)).toBe(expected);
  });
});

describe("readNumber", () => {
  it("reads a percent-formatted fraction as points", () => {
    expect(readNumber(0.044, "0.00%")).toEqual({ value: 4.4, unit: "%", decimals: 2, text: null, fromText: false });
    expect(readNumber(0.96779, "0.0%")).toEqual({ value: 96.779, unit: "%", decimals: 1, text: null, fromText: false });
  });
  it("reads plain numbers with decimals from the format or the digits", () => {
    expect(readNumber(1214050000, "#,##0")).toEqual({
      value: 1214050000,
      unit: null,
      decimals: 0,
      text: null,
      fromText: false,
    });
    expect(readNumber(19.53, "General")).toEqual({
      value: 19.53,
      unit: null,
      decimals: 2,
      text: null,
      fromText: false,
    });
    expect(readNumber(0.1 + 0.2, null)?.decimals).toBe(1);
    expect(readNumber(1 / 3, "General")?.decimals).toBe(10);
    expect(readNumber(1.5e-7, "General")?.decimals).toBe(8);
    expect(readNumber(100606, '#,##0 "org"')).toEqual({
      value: 100606,
      unit: "org",
      decimals: 0,
      text: null,
      fromText: false,
    });
    expect(readNumber(1000, '"Rp"#,##0')?.unit).toBe("Rp");
  });
  it("parses text", () => {
    expect(readNumber("4,40%", "@")).toEqual({ value: 4.4, unit: "%", decimals: 2, text: null, fromText: true });
    expect(readNumber("197,465", "General", { preferThousands: true })?.value).toBe(197465);
    expect(readNumber(" WTP ", "General")).toEqual({
      value: null,
      unit: null,
      decimals: null,
      text: "WTP",
      fromText: false,
    });
  });
  it("gives null for empty, booleans and errors", () => {
    expect(readNumber(null, null)).toEqual({ value: null, unit: null, decimals: null, text: null, fromText: false });
    expect(readNumber("  ", null).value).toBeNull();
    expect(readNumber(true, null).value).toBeNull();
    expect(readNumber({ error: "#DIV/0!" }, "0.00")).toEqual({
      value: null,
      unit: null,
      decimals: null,
      text: "#DIV/0!",
      fromText: false,
    });
  });
});
