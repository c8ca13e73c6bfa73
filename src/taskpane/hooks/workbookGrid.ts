/** Small helpers the pane's hooks share. */
import { localDay, type DayNumber } from "../../domain/values/dates";

export { gridOfSnapshot } from "../../domain/port/workbookPort";

/** Today on the user's calendar, for «Сформировано …» on generated sheets. */
export const localToday = (): DayNumber => localDay(new Date());
