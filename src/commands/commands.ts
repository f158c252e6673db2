/**
 * The ribbon's function file (manifest FunctionFile -> commands.html). The Home-tab button only shows the task
 * pane (a ShowTaskpane action needs no code); this file registers the ExecuteFunction actions that a future
 * button may name in the manifest (<Action xsi:type="ExecuteFunction"><FunctionName>action</FunctionName>).
 */

/** Placeholder command: does nothing yet and tells Office it is finished, as every command must. */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

/** The command names the manifest may use, with their functions. */
export const commands: Readonly<Record<string, (event: Office.AddinCommands.Event) => void>> = { action };

/**
 * Makes the commands callable by Office: through Office.actions.associate where the host has it, otherwise as
 * globals (older hosts look the function name up on the function file's window).
 */
export function registerCommands(office: typeof Office | undefined, target: Record<string, unknown>): void {
  for (const [name, fn] of Object.entries(commands)) {
    target[name] = fn;
    if (office?.actions && typeof office.actions.associate === "function") office.actions.associate(name, fn);
  }
}

const office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office;
if (office) {
  office.onReady(() => {
    // Nothing to prepare: the commands need no state.
  });
}
registerCommands(office, globalThis as unknown as Record<string, unknown>);
