/** The sample school workbooks of ../shared/samples and their independently computed expected.json. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED } from "../paths";

export const SAMPLES_DIR = join(SHARED, "samples");
export const sample = (name: string) => join(SAMPLES_DIR, name);
export const SAMPLE_FILES = ["school-01.xlsx", "school-02.xlsx", "school-03.xlsx"] as const;
export const expected = () => JSON.parse(readFileSync(sample("expected.json"), "utf8"));
