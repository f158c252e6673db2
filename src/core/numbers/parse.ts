import type { CellValue } from "../workbook/port";

export interface ParsedAngka {
  /** The number; a percent text "4,40%" gives 4.4 (percent points), with unit "%". */
  value: number;
  /** Unit text that came with it: "%", "org", "KK", "Rp", "kali" ... (normalised to how it was written), or null. */
  unit: string | null;
  /** Decimals as written ("80,5" -> 1, "1.214.050.000,00" -> 2, "100.606" -> 0). */
  decimals: number;
}

export interface ParseOptions {
  /**
   * The value counts things (unit orang/KK/jiwa/unit...): a lone separator followed by exactly three digits
   * ("197,465" or "100.606") is a thousands separator whichever it is.
   */
  preferThousands?: boolean;
}

/** Parse Indonesian (and English) number text; null when it is not a number ("n/a", "WTP", ""). */
export function parseAngka(text: string, opts?: ParseOptions): ParsedAngka | null {
  throw new Error("not implemented");
}

/** Decimals a number format code shows ("0.00" -> 2, "#,##0" -> 0, "0.0%" -> 1), null for General/text. */
export function decimalsOfFormat(code: string | null | undefined): number | null {
  throw new Error("not implemented");
}

export interface NumberReading {
  value: number | null;
  unit: string | null;
  decimals: number | null;
  /** Non-numeric text, trimmed; null for numbers and empty cells. */
  text: string | null;
  fromText: boolean;
}

/**
 * Read a cell as a number: numbers as they are (a cell formatted as percent, e.g. 0.044 with "0.00%",
 * reads as 4.4 points with unit "%"), text parsed with parseAngka, booleans/errors/empty -> value null
 * (errors give text "#DIV/0!").
 */
export function readNumber(value: CellValue, numberFormat: string | null, opts?: ParseOptions): NumberReading {
  throw new Error("not implemented");
}
