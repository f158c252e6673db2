/**
 * The mutable model of one open package that reading and applying share, and the parts parsed lazily
 * from it (styles, shared strings, the date system).
 */
import { Package, REL_SHARED_STRINGS, REL_STYLES, type SheetEntry } from "./package";
import { readSharedStrings, type ReadContext } from "./sheet-read";
import { MINIMAL_STYLES, Styles } from "./styles";
import { attributes, findElement } from "./xml";

/** The mutable model of one open workbook, shared by reading and applying. */
export interface Book {
  pkg: Package;
  fileName: string;
  wbPart: string;
  wbXml: string;
  sheets: SheetEntry[];
  /** Parsed lazily; dropped when a plan changes them. */
  styles: Styles | null;
  sharedStrings: string[] | null;
}

export function stylesPartOf(book: Book): string | null {
  return book.pkg.rels(book.wbPart).find((r) => r.type === REL_STYLES && r.part && book.pkg.has(r.part))?.part ?? null;
}

export function stylesOf(book: Book): Styles {
  if (!book.styles) {
    const part = stylesPartOf(book);
    book.styles = new Styles((part && book.pkg.text(part)) || MINIMAL_STYLES);
  }
  return book.styles;
}

export function contextOf(book: Book): ReadContext {
  if (!book.sharedStrings) {
    const rel = book.pkg.rels(book.wbPart).find((r) => r.type === REL_SHARED_STRINGS && r.part);
    book.sharedStrings = readSharedStrings(rel?.part ? book.pkg.text(rel.part) : null);
  }
  const pr = findElement(book.wbXml, "workbookPr");
  const d = pr ? attributes(pr.attrText).get("date1904") : undefined;
  return { sharedStrings: book.sharedStrings, styles: stylesOf(book), date1904: d === "1" || d === "true" };
}
