import { readFileSync } from "fs";
import path from "path";
import { version } from "../../src/functions/version";

const packageVersion: string = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version;

describe("VERSION", () => {
  it("returns package.json's version", () => {
    expect(version()).toBe(packageVersion);
  });

  it("is a semantic version (major.minor.patch, optional pre-release)", () => {
    expect(version()).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });
});
