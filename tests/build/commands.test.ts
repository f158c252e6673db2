/**
 * src/commands/commands.ts, the ribbon's function file: registers its commands with Office (Office.actions
 * where the host has it, and as globals for older hosts), and every command tells Office it has finished.
 */

type Command = (event: Office.AddinCommands.Event) => void;

interface FakeOffice {
  onReady: jest.Mock;
  actions?: { associate: jest.Mock };
}

const g = globalThis as unknown as { Office?: FakeOffice; action?: Command };

function loadWith(office: FakeOffice | undefined): typeof import("../../src/commands/commands") {
  if (office) g.Office = office;
  else delete g.Office;
  delete g.action;
  let mod: typeof import("../../src/commands/commands") | undefined;
  jest.isolateModules(() => {
    mod = require("../../src/commands/commands") as typeof import("../../src/commands/commands");
  });
  if (!mod) throw new Error("commands module did not load");
  return mod;
}

function fakeEvent(): { event: Office.AddinCommands.Event; completed: jest.Mock } {
  const completed = jest.fn();
  return { event: { completed } as unknown as Office.AddinCommands.Event, completed };
}

afterEach(() => {
  delete g.Office;
  delete g.action;
});

test("registers 'action' through Office.actions.associate and as a global, and waits for Office.onReady", () => {
  const office: FakeOffice = { onReady: jest.fn(), actions: { associate: jest.fn() } };
  const mod = loadWith(office);
  expect(office.onReady).toHaveBeenCalledTimes(1);
  expect(office.actions?.associate.mock.calls).toEqual([["action", mod.action]]);
  expect(g.action).toBe(mod.action);
  expect(Object.keys(mod.commands)).toEqual(["action"]);
});

test("the placeholder command completes exactly once", () => {
  const mod = loadWith({ onReady: jest.fn(), actions: { associate: jest.fn() } });
  const { event, completed } = fakeEvent();
  mod.action(event);
  expect(completed).toHaveBeenCalledTimes(1);
});

test("an older host without Office.actions still finds the command as a global", () => {
  const office: FakeOffice = { onReady: jest.fn() };
  const mod = loadWith(office);
  expect(g.action).toBe(mod.action);
  const { event, completed } = fakeEvent();
  g.action?.(event);
  expect(completed).toHaveBeenCalledTimes(1);
});

test("loads without office.js (a plain browser) and does not throw", () => {
  const mod = loadWith(undefined);
  expect(g.action).toBe(mod.action);
});
