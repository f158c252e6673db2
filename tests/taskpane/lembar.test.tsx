/**
 * @jest-environment jsdom
 *
 * The Lembar view on what the real engine recognised in a small workbook: guesses shown with their reasons,
 * corrections saved through a fake port as overrides, and the workbook recomputed with them.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WriteOp } from "../../src/core/workbook/port";
import { App } from "../../src/taskpane/App";
import { PaneController } from "../../src/taskpane/state/controller";
import { fakeSession, FakePort, sampleSnapshot } from "./support/fake";

async function renderPane(port = new FakePort(sampleSnapshot())) {
  const session = fakeSession(port, "excel");
  const controller = new PaneController(session);
  render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} initialTab="lembar" />
    </FluentProvider>,
  );
  await waitFor(() => expect(controller.getState()).toMatchObject({ revision: 1 }));
  await screen.findByTestId("sheet-IKU");
  return { port, session, controller };
}

const lastState = (port: FakePort) => {
  const plan = port.applied[port.applied.length - 1];
  return (plan.ops.find((o) => o.kind === "state") as Extract<WriteOp, { kind: "state" }>).state;
};

test("sheets are listed with kind, header rows and column letters; guesses carry their reasons", async () => {
  await renderPane();
  const iku = screen.getByTestId("sheet-IKU");
  expect((within(iku).getByLabelText("Jenis lembar") as HTMLSelectElement).value).toBe("indikator");
  expect((within(iku).getByLabelText("Baris judul pertama") as HTMLInputElement).value).toBe("3");
  expect((within(iku).getByLabelText("Kolom untuk Target") as HTMLInputElement).value).toBe("E");
  expect((within(iku).getByLabelText("Kolom untuk Realisasi") as HTMLInputElement).value).toBe("F");
  expect((within(iku).getByLabelText("Kolom untuk Capaian (%)") as HTMLInputElement).value).toBe("G");
  // Polarity guessed from the name: a "tebakan" badge and the reason in the list of guesses.
  const kemiskinan = within(iku).getByTestId("polaritas-IKU-4");
  expect(kemiskinan.textContent).toContain("Angka Kemiskinan");
  expect(kemiskinan.textContent).toContain("tebakan");
  expect((within(kemiskinan).getByRole("combobox") as HTMLSelectElement).value).toBe("negatif");
  expect(within(iku).getByText(/kemiskinan/, { selector: "li" }).textContent).toMatch(
    /C4 · Polaritas indikator: negatif — .*kemiskinan/,
  );
  const anggaran = screen.getByTestId("sheet-Anggaran");
  expect((within(anggaran).getByLabelText("Kolom untuk Realisasi anggaran") as HTMLInputElement).value).toBe("D");
});

test("a corrected polarity is saved as an override and the capaian is computed again with it", async () => {
  const { port, session, controller } = await renderPane();
  expect(controller.getState().loaded?.analysis?.temuan.some((t) => /seharusnya 95,84/.test(t.message))).toBe(true);
  const runsBefore = session.runs;
  const save = screen.getByRole("button", { name: "Simpan pilihan" }) as HTMLButtonElement;
  expect(save.disabled).toBe(true);

  const kemiskinan = within(screen.getByTestId("sheet-IKU")).getByTestId("polaritas-IKU-4");
  fireEvent.change(within(kemiskinan).getByRole("combobox"), { target: { value: "positif" } });
  expect(screen.getByText("Ada perubahan yang belum disimpan.")).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Simpan pilihan" }));
  });
  await waitFor(() => expect(controller.getState().busy).toBeNull());

  expect(session.runs).toBe(runsBefore + 1);
  expect(lastState(port).overrides).toEqual({ polaritas: { "IKU!C4": "positif" } });
  const h = controller.getState().loaded?.analysis?.indikator.find((x) => x.row.nama === "Angka Kemiskinan");
  expect(h?.row.polaritas).toBe("positif");
  expect(h?.row.polaritasFrom).toBe("pengguna");
  expect(h?.capaian.value).toBeCloseTo((20.18 / 19.34) * 100, 10);
  // The view shows the saved choice as the user's.
  const again = within(screen.getByTestId("sheet-IKU")).getByTestId("polaritas-IKU-4");
  expect(again.textContent).toContain("pilihan Anda");
});

test("sheet kind and column letters: bad letters are refused, good ones saved", async () => {
  const { port } = await renderPane();
  const anggaran = screen.getByTestId("sheet-Anggaran");
  fireEvent.change(within(anggaran).getByLabelText("Kolom untuk Realisasi anggaran"), { target: { value: "D1" } });
  fireEvent.click(screen.getByRole("button", { name: "Simpan pilihan" }));
  expect(screen.getByText("Anggaran: “D1” bukan huruf kolom (contoh: B, AA).")).toBeTruthy();
  expect(port.applied).toHaveLength(0);

  fireEvent.change(within(anggaran).getByLabelText("Kolom untuk Realisasi anggaran"), { target: { value: "c" } });
  fireEvent.change(within(screen.getByTestId("sheet-IKU")).getByLabelText("Jenis lembar"), {
    target: { value: "abaikan" },
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Simpan pilihan" }));
  });
  await waitFor(() => expect(port.applied).toHaveLength(1));
  expect(lastState(port).overrides).toEqual({
    sheetKinds: { IKU: "abaikan" },
    columns: { Anggaran: { realisasiAnggaran: "C" } },
  });
});
