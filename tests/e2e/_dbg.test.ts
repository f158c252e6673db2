import path from "node:path";
import { idle, ROOT, startHarness, settled } from "./support/pane";
test("dbg", async () => {
  const h = await startHarness();
  const { page } = await h.newPage({ dark: true });
  await page.getByTestId("file-input").setInputFiles(path.join(ROOT, "examples", "dinsos-sumenep-2020.xlsx"));
  await page.getByTestId("summary").waitFor({ timeout: 60_000 });
  await idle(page); await settled(page);
  await page.screenshot({ path: "/tmp/dark.png" });
  await h.close();
});
