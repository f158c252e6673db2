// ESLint keeps the shape of the code (docs/architecture.md):
// - src/core is pure: no adapter, host, Node built-in, Office, DOM or I/O library, no DOM/Node global;
// - adapters never import hosts (cli, taskpane);
// - no import cycles; no unused names;
// - no spread of an array into a call (push(...rows), Math.max(...xs)): past about 120,000 elements it
//   overflows the call stack. Loop instead, or disable the rule on a line whose array is small by nature,
//   saying why.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { importX, createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

const NODE_BUILTINS = [
  "assert",
  "buffer",
  "child_process",
  "cluster",
  "crypto",
  "dgram",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "http2",
  "https",
  "module",
  "net",
  "os",
  "path",
  "perf_hooks",
  "process",
  "readline",
  "stream",
  "string_decoder",
  "timers",
  "tls",
  "tty",
  "url",
  "util",
  "v8",
  "vm",
  "worker_threads",
  "zlib",
];

const SPREAD_IN_CALL = {
  selector: "CallExpression > SpreadElement",
  message:
    "No spread of an array into a call: a data-sized array overflows the call stack (about 120,000 elements). " +
    "Loop, or disable this line with the reason the array is small.",
};

const DOM_AND_NODE_GLOBALS = [
  ...Object.keys(globals.browser).filter(
    (g) =>
      !(g in globals.es2021) &&
      ![
        "console",
        "queueMicrotask",
        "structuredClone",
        "setTimeout",
        "clearTimeout",
        "TextEncoder",
        "TextDecoder",
        "URL",
        "Intl",
      ].includes(g),
  ),
  "process",
  "Buffer",
  "require",
  "__dirname",
  "__filename",
  "module",
  "global",
  "Office",
  "Excel",
  "OfficeExtension",
].map((name) => ({
  name,
  message: "src/core is pure: no DOM, Node or Office globals (pass what you need in through the port).",
}));

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "lib/**",
      "dist/**",
      "out/**",
      "test-output/**",
      "coverage/**",
      "tests/manifest/schema/**",
      "assets/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: { "no-restricted-syntax": ["error", SPREAD_IN_CALL] },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...NODE_BUILTINS,
            "exceljs",
            "docx",
            "jszip",
            "fflate",
            "react",
            "react-dom",
            "@fluentui/react-components",
            "@resvg/resvg-js",
            "commander",
          ].map((name) => ({
            name,
            message: "src/core is pure: no files, hosts or I/O libraries here (the adapters bring them).",
          })),
          patterns: [
            { group: ["node:*"], message: "src/core is pure: no Node built-ins." },
            {
              group: ["**/adapters/**", "**/cli/**", "**/taskpane/**", "**/commands/**"],
              message: "src/core must not import an adapter or a host.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...DOM_AND_NODE_GLOBALS],
    },
  },
  {
    files: ["src/adapters/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/cli/**", "**/taskpane/**", "**/commands/**"], message: "Adapters must not import a host." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["tests/**/*.{ts,tsx,js}", "bench/**/*.ts", "examples/**/*.ts", "scripts/**/*.{ts,js}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
