import { formatAngka, formatPersen, formatRupiah } from "../../src/core/numbers";

describe("format (id-ID)", () => {
  it("rounds half away from zero before formatting", () => {
    expect(formatAngka(1.005, 2)).toBe("1,01");
    expect(formatAngka(-2.5, 0)).toBe("-3");
    expect(formatAngka(1532.655, 2)).toBe("1.532,66");
    expect(formatAngka(1234, -2)).toBe("1.200");
    expect(formatAngka(-0.001, 2)).toBe("0,00");
    expect(formatAngka(1214050000, 0)).toBe("1.214.050.000");
    expect(formatAngka(0.7, 2)).toBe("0,70");
  });
  it("formats percentages", () => {
    expect(formatPersen(92.5, 2)).toBe("92,50%");
    expect(formatPersen((19.53 / 20.18) * 100, 2)).toBe("96,78%");
    expect(formatPersen((73.47 / 4.4) * 100, 2)).toBe("1.669,77%");
    expect(formatPersen(-42.885, 2)).toBe("-42,89%");
  });
  it("formats Rupiah", () => {
    expect(formatRupiah(1214050000)).toBe("Rp 1.214.050.000");
    expect(formatRupiah(1000.5)).toBe("Rp 1.001");
    expect(formatRupiah(2500.5, 2)).toBe("Rp 2.500,50");
    expect(formatRupiah(-1000)).toBe("-Rp 1.000");
  });
  it("gives empty text for non-finite numbers", () => {
    expect(formatAngka(Number.NaN, 2)).toBe("");
    expect(formatPersen(Number.POSITIVE_INFINITY, 2)).toBe("");
    expect(formatRupiah(Number.NaN)).toBe("");
  });
});
