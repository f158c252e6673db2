/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { ErrorBoundary } from "../../src/taskpane/errors/ErrorBoundary";
import { PaneController } from "../../src/taskpane/state/controller";
import { reportGlobalError } from "../../src/taskpane/errors/global-errors";
import type { HostInfo } from "../../src/taskpane/session/host";
import { Root } from "../../src/taskpane/Root";
import { createFileSession } from "../../src/taskpane/session/file-session";

const standaloneController = () =>
  new PaneController(
    createFileSession(async () => {
      throw new Error("not used");
    }),
  );

test("a loading state at once, then standalone mode with the file button", async () => {
  let resolve!: (h: HostInfo) => void;
  const detect = () => new Promise<HostInfo>((r) => (resolve = r));
  render(<Root detect={detect} createController={standaloneController} />);
  expect(screen.getByText("Menghubungkan ke Excel…")).toBeTruthy();
  await act(async () => resolve({ kind: "standalone", theme: "light" }));
  expect(screen.getByRole("button", { name: "Buka berkas .xlsx" })).toBeTruthy();
  expect(screen.getByText("Berkas")).toBeTruthy();
  expect(screen.getByText("Buka berkas .xlsx dulu (tombol di atas).")).toBeTruthy();
});

test("another Office application: a clear message instead of the pane", async () => {
  render(
    <Root
      detect={async () => ({ kind: "wrong-host", theme: "light", host: "Microsoft Word" })}
      createController={standaloneController}
    />,
  );
  expect(await screen.findByText(/hanya untuk Microsoft Excel, tetapi dibuka di Microsoft Word/)).toBeTruthy();
});

test("Office.js not answering: the message offers to try again, which detects again", async () => {
  const detect = jest
    .fn<Promise<HostInfo>, []>()
    .mockResolvedValueOnce({ kind: "timeout", theme: "light" })
    .mockResolvedValueOnce({ kind: "standalone", theme: "light" });
  render(<Root detect={detect} createController={standaloneController} />);
  expect(await screen.findByText(/Excel tidak menanggapi/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Coba lagi" }));
  expect(await screen.findByRole("button", { name: "Buka berkas .xlsx" })).toBeTruthy();
  expect(detect).toHaveBeenCalledTimes(2);
});

test("a render failure shows what failed in Indonesian and a reload button, never a blank pane", () => {
  const Broken = () => {
    throw new Error("Cannot read properties of null (reading 'temuan')");
  };
  const onReload = jest.fn();
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <ErrorBoundary onReload={onReload}>
      <Broken />
    </ErrorBoundary>,
  );
  spy.mockRestore();
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("Terjadi kesalahan pada panel");
  expect(alert.textContent).toContain("Yang gagal: Cannot read properties of null (reading 'temuan').");
  expect(alert.textContent).toContain("Data Anda di buku kerja tidak diubah");
  fireEvent.click(screen.getByRole("button", { name: "Muat ulang panel" }));
  expect(onReload).toHaveBeenCalledTimes(1);
});

test("an error nobody caught (window error handlers) is shown in the pane", async () => {
  render(<Root detect={async () => ({ kind: "standalone", theme: "dark" })} createController={standaloneController} />);
  await screen.findByRole("button", { name: "Buka berkas .xlsx" });
  act(() => reportGlobalError(new TypeError("x is not a function")));
  expect(screen.getByTestId("message").textContent).toContain("Yang gagal: x is not a function.");
});

test("a failure while setting the pane up shows the crash screen, not a blank pane", async () => {
  render(
    <Root
      detect={async () => ({ kind: "standalone", theme: "light" })}
      createController={() => {
        throw new Error("localStorage is not available");
      }}
    />,
  );
  expect((await screen.findByRole("alert")).textContent).toContain("Yang gagal: localStorage is not available.");
});
