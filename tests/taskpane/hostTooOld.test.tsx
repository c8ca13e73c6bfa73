/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { MemoryPort } from "./memoryPort";
import { excel2016, modernHost, renderPane, settle, useBrowserStubs } from "./renderPane";

useBrowserStubs();

describe("host requirement check", () => {
  it("explains in Russian that ExcelApi 1.7 is needed and shows no sections on an older Excel", () => {
    const port = new MemoryPort();
    renderPane(port, excel2016);

    expect(
      screen.getByText(
        /Эта версия Excel не поддерживает надстройку: нужен набор API ExcelApi 1\.7 или новее \(Excel 2019, Excel 2021 и новее, Microsoft 365/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Обновите Excel или откройте книгу в Excel в Интернете\./)).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Создать структуру" })).not.toBeInTheDocument();
    // The workbook is not touched on a host that cannot run the pane.
    expect(port.calls.readWorkbook + port.calls.readStructure + port.calls.onUserChange).toBe(0);
  });

  it("treats a host that throws on the question as too old", () => {
    renderPane(new MemoryPort(), {
      supports: () => {
        throw new Error("requirements API missing");
      },
    });
    expect(screen.getByText(/нужен набор API ExcelApi 1\.7/)).toBeInTheDocument();
  });

  it("shows the six sections on a current host", async () => {
    renderPane(new MemoryPort(), modernHost);
    await settle();
    for (const name of ["Структура", "Проверка", "Показатели", "Подбор", "Отчёт", "Свод"]) {
      expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    }
    expect(screen.getAllByRole("tab")).toHaveLength(6);
    expect(screen.getByRole("button", { name: "Создать структуру" })).toBeEnabled();
    expect(screen.queryByText(/ExcelApi 1\.7/)).not.toBeInTheDocument();
  });
});
