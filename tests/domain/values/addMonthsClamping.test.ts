/** Calendar months with the day clamped to the end of the month (rules.md P005). */
import { addMonths, isoOf } from "../../../src/domain/values/dates";
import { day } from "../builders";

it.each([
  ["2024-09-02", 3, "2024-12-02"],
  ["2024-01-31", 1, "2024-02-29"],
  ["2025-01-31", 1, "2025-02-28"],
  ["2024-11-30", 3, "2025-02-28"],
  ["2024-08-31", 12, "2025-08-31"],
  ["2024-02-29", 12, "2025-02-28"],
  ["2024-10-31", 1, "2024-11-30"],
  ["2024-12-15", 1, "2025-01-15"],
  ["2024-03-31", -1, "2024-02-29"],
])("%s + %d months = %s", (from, months, to) => {
  expect(isoOf(addMonths(day(from), months))).toBe(to);
});
