/** The fixture the rule tests start from is clean: every issue a rule test sees is its own doing. */
import { evaluate } from "../evaluate";
import { tidy } from "./tidySchool";

it("raises no issue at all", () => {
  expect(evaluate(tidy()).issues).toEqual([]);
});
