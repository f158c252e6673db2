/**
 * Jest: TypeScript through @swc/jest; component tests opt into jsdom with a docblock.
 * Tiers (tests/support/tiers.js): LKJIP_TIER=unit leaves out the tests that need LibreOffice, Chromium or a webpack
 * build; a test whose tool is missing is left out with a notice, except under CI=true, where it runs and fails.
 */
const { ignoredTests } = require("./tests/support/tiers");

const { patterns, notices } = ignoredTests(__dirname);
for (const n of notices) console.log(n);

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", ...patterns],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 120000,
};
