/**
 * Numbers: Excel-compatible rounding, Indonesian parsing and formatting. Pure functions.
 * (Stub signatures: implemented in round.ts, parse.ts, format.ts.)
 */
export { roundHalfAway } from "./round";
export { parseAngka, readNumber, decimalsOfFormat, type ParsedAngka, type ParseOptions, type NumberReading } from "./parse";
export { formatAngka, formatPersen, formatRupiah } from "./format";
