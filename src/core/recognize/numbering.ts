/**
 * Outline numbering in front of names ("1. Belanja Tidak Langsung", "a) Gaji dan Tunjangan", "- Honor"):
 * the style of each prefix, and an outline level from the order in which styles first appear.
 */

/** The numbering style of a label ("1.", "a)", "I.", "-", "1.1" ...), or null when it has none. */
export function numberingStyle(label: string): string | null {
  const t = label.trim();
  const multi = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S/.exec(t);
  if (multi) return `d${".d".repeat(multi[1].split(".").length - 1)}`;
  if (/^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[.)]\s*\S/.test(t)) return "R.";
  if (/^\d{1,2}\.\s*\S/.test(t)) return "d.";
  if (/^\(?\d{1,2}\)\s*\S/.test(t)) return "d)";
  if (/^[a-z]\.\s+\S/.test(t)) return "a.";
  if (/^\(?[a-z]\)\s*\S/.test(t)) return "a)";
  if (/^[A-Z]\.\s+\S/.test(t)) return "A.";
  if (/^\(?[A-Z]\)\s*\S/.test(t)) return "A)";
  if (/^[-–•·*]\s*\S/.test(t)) return "-";
  return null;
}

/** Outline levels: the first style seen is level 1, the next new style level 2, and so on. */
export class Outline {
  private readonly order: string[] = [];
  level(style: string): number {
    let i = this.order.indexOf(style);
    if (i < 0) {
      this.order.push(style);
      i = this.order.length - 1;
    }
    return i + 1;
  }
}
