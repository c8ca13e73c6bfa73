import { createFakeExcel, jsonBytes, PAYLOAD_LIMIT_BYTES } from "./index";

const MB = 1024 * 1024;

/** A block of ASCII strings whose JSON is about `bytes` long. */
function block(bytes: number, cols = 20, cell = "abcdefghij"): string[][] {
  const perRow = cols * (cell.length + 3);
  const rows = Math.floor(bytes / perRow);
  return Array.from({ length: rows }, () => new Array<string>(cols).fill(cell));
}

describe("payload limits (Excel on the web: 5 MB per request and per response)", () => {
  test("the limit is 5 MB", () => {
    expect(PAYLOAD_LIMIT_BYTES).toBe(5 * 1024 * 1024);
  });

  test("a 4 MB write passes and is counted", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Свод" }] });
    const values = block(4 * MB);
    expect(jsonBytes(values)).toBeGreaterThan(3.9 * MB);
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Свод");
      sheet.getRangeByIndexes(0, 0, values.length, 20).values = values;
      await ctx.sync();
    });
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(4 * MB - 200 * 1024);
    expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.state.sheet("Свод").usedRange()).toBe(`A1:T${values.length}`);
  }, 30000);

  test("a request over 5 MB is rejected and nothing of it is applied", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Свод" }] });
    const values = block(5.2 * MB);
    const error = await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Свод");
      sheet.getRange("A1").values = [["первый"]];
      sheet.getRangeByIndexes(1, 0, values.length, 20).values = values;
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.state.sheet("Свод").usedRange()).toBeNull();
    expect(fake.stats.rejectedPayloads).toBe(1);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  }, 30000);

  test("bytes are UTF-8: Cyrillic text costs two bytes per character", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Свод" }] });
    const cyrillic = block(2.9 * MB, 20, "наставничество");
    // JSON.stringify length is under 3 MB, the UTF-8 request is over 5 MB.
    expect(JSON.stringify(cyrillic).length).toBeLessThan(3 * MB);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Свод").getRangeByIndexes(0, 0, cyrillic.length, 20).values =
          cyrillic;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  }, 30000);

  test("a response over the limit is rejected and the batch's writes are rolled back", async () => {
    const fake = createFakeExcel(
      { sheets: [{ name: "Данные", rows: Array.from({ length: 200 }, (_, i) => [`строка ${i}`, i]) }] },
      { payloadLimitBytes: 2000 },
    );
    const error = await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Данные");
      sheet.getRange("C1").values = [["новое"]];
      sheet.getUsedRange().load("values");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.state.sheet("Данные").cell("C1").value).toBe("");
    expect(fake.stats.maxResponseBytes).toBeGreaterThan(2000);
  });

  test("response bytes are counted for loaded values", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Данные", rows: [["a", "b"]] }] });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Данные").getRange("A1:B1").load("values");
      await ctx.sync();
    });
    expect(fake.stats.responseBytes).toEqual([jsonBytes({ values: [["a", "b"]] })]);
  });
});
