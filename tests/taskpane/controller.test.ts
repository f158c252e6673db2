import * as engine from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import type { StoredState, WriteOp } from "../../src/core/workbook/port";
import { PaneController, type EngineApi } from "../../src/taskpane/state/controller";
import { UserError } from "../../src/taskpane/session/session";
import { fakeSession, FakePort, sampleSnapshot } from "./support/fake";

import { OfficeActionError } from "../../src/adapters/office/errors";

test("saving overrides: one run, one state op carrying them, the rest of the state kept", async () => {
  const snap = sampleSnapshot();
  snap.state = { version: 1, settings: { desimal: 1 }, generatedSheets: ["Tabel 3.1"] };
  const port = new FakePort(snap);
  const session = fakeSession(port);
  const c = new PaneController(session);
  const overrides = { sheetKinds: { Anggaran: "abaikan" as const }, polaritas: { "IKU!C4": "negatif" as const } };
  expect(await c.saveOverrides(overrides)).toBe(true);
  expect(session.runs).toBe(1);
  expect(port.applied).toHaveLength(1);
  expect(port.applied[0].ops).toEqual([
    { kind: "state", state: { version: 1, settings: { desimal: 1 }, generatedSheets: ["Tabel 3.1"], overrides } },
  ]);
  // Read again in the same run: the pane shows what the workbook now holds.
  expect(port.reads).toBe(2);
  expect(c.getState().loaded?.overrides).toEqual(overrides);
  expect(c.getState().message).toEqual({
    intent: "success",
    text: "Pilihan disimpan di buku kerja dan buku kerja dihitung ulang.",
  });
});

test("saving settings leaves overrides out of the settings and keeps the stored overrides", async () => {
  const snap = sampleSnapshot();
  snap.state = { version: 1, overrides: { sheetKinds: { IKU: "indikator" } } };
  const port = new FakePort(snap);
  const c = new PaneController(fakeSession(port));
  await c.saveSettings({ negatif: "2T-R", desimal: 3, overrides: { sheetKinds: { IKU: "abaikan" } } });
  const state = (port.applied[0].ops[0] as Extract<WriteOp, { kind: "state" }>).state;
  expect(state.settings).toEqual({ negatif: "2T-R", desimal: 3 });
  expect(state.overrides).toEqual({ sheetKinds: { IKU: "indikator" } });
  expect(c.getState().loaded?.settings.negatif).toBe("2T-R");
  expect(c.getState().loaded?.settings.desimal).toBe(3);
});

test("undo: nothing stored -> an info message and no write; stored -> the undo ops applied and cleared", async () => {
  const port = new FakePort(sampleSnapshot());
  const c = new PaneController(fakeSession(port));
  await c.undo();
  expect(port.applied).toHaveLength(0);
  expect(c.getState().message).toEqual({ intent: "info", text: "Tidak ada pengisian yang dapat dibatalkan." });

  const undoOps: WriteOp[] = [
    { kind: "cells", sheet: "IKU", row: 3, col: 6, cells: [[{ value: 96.78 }], [{ value: 100 }]] },
  ];
  port.snapshot.state = { version: 1, undo: undoOps } satisfies StoredState;
  await c.refresh();
  expect(c.getState().loaded?.undoSize).toBe(1);
  await c.undo();
  expect(port.applied).toHaveLength(1);
  expect(port.applied[0].ops[0]).toEqual(undoOps[0]);
  expect(c.getState().message).toEqual({ intent: "success", text: "Pengisian dibatalkan: 2 sel dikembalikan." });
  expect(c.getState().loaded?.undoSize).toBe(0);
  expect(port.snapshot.state?.undo).toBeNull();
});

test("an Office error is shown as its Indonesian message; the pane is not busy afterwards", async () => {
  const port = new FakePort(sampleSnapshot());
  const c = new PaneController(fakeSession(port));
  port.failNext = new OfficeActionError(
    "InvalidOperationInCellEditMode",
    "Excel sedang menunggu isian sel. Selesaikan isian (Enter atau Esc) lalu coba lagi.",
  );
  expect(await c.saveOverrides({})).toBe(false);
  expect(c.getState().busy).toBeNull();
  expect(c.getState().message).toEqual({
    intent: "error",
    text: "Excel sedang menunggu isian sel. Selesaikan isian (Enter atau Esc) lalu coba lagi.",
  });
});

test("an unexpected error becomes an Indonesian sentence with its first line only", async () => {
  const port = new FakePort(sampleSnapshot());
  const c = new PaneController(fakeSession(port));
  port.failNext = new TypeError("Cannot read properties of undefined (reading 'x')\n    at foo (bar.js:1:2)");
  await c.saveOverrides({});
  const text = c.getState().message?.text ?? "";
  expect(text).toMatch(
    /^Terjadi kesalahan tak terduga: Cannot read properties of undefined \(reading 'x'\)\. Coba lagi/,
  );
  expect(text).not.toContain("bar.js");
});

test("an engine failure while understanding the workbook is a warning, not a crash", async () => {
  const broken: EngineApi = {
    ...engine,
    analyze: () => {
      throw new Error("kolom tidak dikenal");
    },
  };
  const c = new PaneController(fakeSession(new FakePort(sampleSnapshot())), broken);
  expect(await c.refresh()).toBe(true);
  const s = c.getState();
  expect(s.loaded?.analysis).toBeNull();
  expect(s.message?.intent).toBe("warning");
  expect(s.message?.text).toMatch(/tidak dapat dipahami: kolom tidak dikenal/);
});

test("settings stored with wrong values: the pane works with the defaults and says which value is wrong", async () => {
  const snap = sampleSnapshot();
  snap.state = { version: 1, settings: { tahun: "dua ribu", desimal: 9 } };
  const c = new PaneController(fakeSession(new FakePort(snap)));
  await c.refresh();
  const loaded = c.getState().loaded!;
  expect(loaded.settings.desimal).toBe(DEFAULT_SETTINGS.desimal);
  expect(loaded.analysis).not.toBeNull();
  const m = c.getState().message!;
  expect(m.intent).toBe("warning");
  expect(m.text).toMatch(/^Pengaturan yang tersimpan di buku kerja tidak valid \(/);
  expect(m.text).toMatch(/"tahun": "dua ribu" bukan angka/);
  expect(m.text).toMatch(/"desimal"/);
  expect(m.text).toMatch(/pengaturan bawaan dipakai\. Simpan ulang di tab Pengaturan\.$/);
});

test("a second action while one runs is refused (no double writes)", async () => {
  const port = new FakePort(sampleSnapshot());
  const session = fakeSession(port);
  const c = new PaneController(session);
  const first = c.saveOverrides({});
  const second = await c.saveOverrides({ sheetKinds: { IKU: "abaikan" } });
  expect(second).toBe(false);
  await first;
  expect(port.applied).toHaveLength(1);
  expect(session.runs).toBe(1);
});

test("select: Excel selects the cell; standalone tells where it is", async () => {
  const excel = fakeSession(new FakePort(sampleSnapshot()), "excel");
  const c1 = new PaneController(excel);
  await c1.select({ sheet: "IKU", cell: "G4" });
  expect(excel.selected).toEqual(["IKU!G4"]);
  expect(c1.getState().message?.text).toBe("Sel IKU!G4 dipilih.");

  const file = fakeSession(new FakePort(sampleSnapshot()), "excel");
  file.selectCell = async () => false;
  const c2 = new PaneController(file);
  await c2.select({ sheet: "Realisasi Anggaran", cell: "E20" });
  expect(c2.getState().message?.text).toBe(
    "Letaknya: Realisasi Anggaran!E20. Buka berkas di Excel untuk melihat sel ini.",
  );
});

test("UserError messages are shown as they are", async () => {
  const session = fakeSession(new FakePort(sampleSnapshot()));
  session.run = async () => {
    throw new UserError("Buka berkas .xlsx dulu (tombol di atas).");
  };
  const c = new PaneController(session);
  await c.refresh();
  expect(c.getState().message).toEqual({ intent: "error", text: "Buka berkas .xlsx dulu (tombol di atas)." });
});

test("fill reports progress from the port while it writes, then the summary", async () => {
  const port = new FakePort(sampleSnapshot());
  const c = new PaneController(fakeSession(port));
  const seen: string[] = [];
  c.subscribe(() => {
    const b = c.getState().busy;
    if (b?.total) seen.push(`${b.label} ${b.done}/${b.total}`);
  });
  expect(await c.fill({ mode: "rumus", force: false })).toBe(true);
  const ops = port.applied[0].ops.length;
  expect(ops).toBeGreaterThan(1);
  expect(seen).toEqual(Array.from({ length: ops }, (_, i) => `Mengisi kolom hitungan… ${i + 1}/${ops}`));
  const summary = c.getState().lastFill!;
  expect(summary.cellsWritten).toBeGreaterThan(0);
  // The printed 96,78 (the engine computes 95,84) is left alone, with its address.
  expect(summary.leftAlone.map((l) => `${l.sheet}!${l.cell} ${l.existing}`)).toContain("IKU!G4 96,78");
  expect(c.getState().loaded?.undoSize).toBeGreaterThan(0);
});

test("Buat tabel laporan: the report sheets planned from a fresh read, in one run, named in the message", async () => {
  const { planReport } = await import("../../src/core/engine");
  const port = new FakePort(sampleSnapshot());
  const session = fakeSession(port);
  const c = new PaneController(session, undefined, {
    planReport: (s, a, st) => planReport(s, a, st, { charts: false }),
  });
  expect(await c.buildReport()).toBe(true);
  expect(session.runs).toBe(1);
  const ops = port.applied[0].ops;
  const added = ops.filter((o) => o.kind === "addSheet").map((o) => (o as { sheet: string }).sheet);
  expect(added.length).toBeGreaterThan(0);
  expect(ops.some((o) => o.kind === "chart")).toBe(false);
  expect(port.snapshot.state?.generatedSheets).toEqual(added);
  expect(c.getState().message).toEqual({ intent: "success", text: `Tabel laporan dibuat: ${added.length} lembar.` });
  // what the Laporan view lists: each table with its sheet and rows, and each skipped one with what it needs
  const last = c.getState().lastReport!;
  expect(last.made.map((m) => m.sheet)).toEqual(added);
  expect(last.made[0]).toMatchObject({
    nomor: "3.1",
    title: "Tabel 3.1 Target Kinerja dalam Perjanjian Kinerja Tahun 2020",
    rows: 2,
  });
  for (const s of last.skipped) expect(s.perlu.length).toBeGreaterThan(10);
});

test("Laporan without a report module: the actions do nothing", async () => {
  const port = new FakePort(sampleSnapshot());
  const c = new PaneController(fakeSession(port));
  expect(await c.buildReport()).toBe(false);
  expect(await c.reportDocx()).toBeNull();
  expect(port.applied).toHaveLength(0);
});
