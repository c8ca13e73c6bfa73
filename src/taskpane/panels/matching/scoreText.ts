/** A pair's score as the pane shows it: 0,926… → «93 %» (whole percent: the second digit means nothing to a methodist). */
const wholePercent = new Intl.NumberFormat("ru-RU", { style: "percent", maximumFractionDigits: 0 });

export const scoreText = (score: number): string => wholePercent.format(score);
