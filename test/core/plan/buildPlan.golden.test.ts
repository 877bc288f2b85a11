import * as fs from "fs";
import * as path from "path";
import { buildPlan } from "../../../src/core/plan/buildPlan";
import { FIXTURE_PLAN_INPUTS, fixtureScore } from "./fixture";

const GOLDEN = path.resolve(__dirname, "../../golden/plan.small.json");

describe("buildPlan golden file", () => {
  it("builds the reviewed plan for the 40-customer fixture (test/golden/plan.small.json)", () => {
    const text = `${JSON.stringify(buildPlan(fixtureScore(), FIXTURE_PLAN_INPUTS), null, 2)}\n`;
    if (!fs.existsSync(GOLDEN)) {
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      fs.writeFileSync(GOLDEN, text, "utf8");
      throw new Error("review and commit test/golden/plan.small.json");
    }
    expect(JSON.parse(text)).toEqual(JSON.parse(fs.readFileSync(GOLDEN, "utf8")));
  });
});
