/** The stored state's undo record: runs of equal rows stored once, by identity or by content; read back equal. */
import type { CellWrite, StoredState } from "../../src/core/workbook/port";
import { decodeState, encodeState } from "../../src/core/workbook/state";

test("a run of rows, shared or only equal, is one [count, row] entry; decoding gives the same cells", () => {
  const empty: (CellWrite | null)[] = [{ value: null, numberFormat: "General" }];
  const gap: (CellWrite | null)[] = [null];
  const cells: (CellWrite | null)[][] = [
    ...new Array<(CellWrite | null)[]>(50_000).fill(empty), // one shared row object
    [{ value: 5, numberFormat: "0.00" }],
    ...Array.from({ length: 3 }, () => [{ value: null, numberFormat: "General" }]), // equal, not shared
    gap,
    [{ formula: "C9/D9", numberFormat: "0.00" }],
  ];
  const state: StoredState = { version: 1, undo: [{ kind: "cells", sheet: "LRA", row: 4, col: 5, cells }] };
  const chunks = encodeState(state);
  expect(chunks.length).toBe(1);
  const stored = JSON.parse(chunks[0]) as { undo: { runs: [number, unknown][] }[] };
  expect(stored.undo[0].runs.map(([n]) => n)).toEqual([50_000, 1, 3, 1, 1]);
  expect(chunks[0].length).toBeLessThan(400);
  const back = decodeState(chunks);
  const op = back?.undo?.[0];
  expect(op).toMatchObject({ kind: "cells", sheet: "LRA", row: 4, col: 5 });
  const got = (op as { cells: (CellWrite | null)[][] }).cells;
  expect(got).toEqual(cells);
  expect(got[0]).toBe(got[49_999]); // a run reads back as one shared row
});
