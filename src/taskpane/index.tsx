/**
 * PLACEHOLDER entry of the task pane (written by the build side so that `npm run build` works); the task-pane
 * UI replaces this file. It renders the product name into #container of taskpane.html.
 */
import { createRoot } from "react-dom/client";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(<h1 style={{ fontSize: 20, margin: 16 }}>Asisten LKjIP</h1>);
}
