/**
 * Sheet recognition: from a workbook snapshot to what it holds (domain.md §5).
 * Finds budget and indicator sheets, their header rows (under title rows, two-row merged headers, a
 * column-number row), each column's role, the budget hierarchy, total and mean rows, sasaran spanning merged
 * cells, and polarity. Every guess is recorded (Guess) and can be overridden by settings.overrides.
 */
import type { Recognition } from "../model";
import type { Settings } from "../settings/settings";
import type { WorkbookSnapshot } from "../workbook/port";

export function recognize(snapshot: WorkbookSnapshot, settings: Settings): Recognition {
  throw new Error("not implemented");
}
