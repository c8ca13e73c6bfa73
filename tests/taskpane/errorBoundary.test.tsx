/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { AdoptError } from "../../src/domain/structure/adopt";
import { errorText } from "../../src/taskpane/port/errorText";
import { ErrorBoundary } from "../../src/taskpane/shell/ErrorBoundary";
import { OfficeLikeError } from "./memoryPort";
import { useBrowserStubs } from "./renderPane";

useBrowserStubs();

let broken = true;
function Fragile() {
  const [, rerender] = useState(0);
  if (broken) throw new Error("Cannot read properties of undefined (reading 'rows')");
  return <button onClick={() => rerender((n) => n + 1)}>Работает</button>;
}

describe("error boundary", () => {
  it("shows a Russian message with a retry instead of a blank pane", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </FluentProvider>,
    );
    expect(screen.getByText("Что-то пошло не так")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(/Ошибка в надстройке: Cannot read properties/);

    broken = false;
    fireEvent.click(screen.getByRole("button", { name: "Повторить" }));
    expect(screen.getByRole("button", { name: "Работает" })).toBeInTheDocument();
    quiet.mockRestore();
  });
});

describe("errorText", () => {
  it.each([
    [new OfficeLikeError("InvalidOperationInCellEditMode", "x"), /^Excel сейчас редактирует ячейку/],
    [new OfficeLikeError("AccessDenied", "x"), /защищены/],
    [new OfficeLikeError("RequestPayloadSizeLimitExceeded", "x"), /слишком большой объём/],
    [
      new AdoptError("Лист «Пары» уже является листом «Пары» шаблона: переносить нечего."),
      /^Лист «Пары» уже/,
    ],
    [new Error("Лист не найден"), /^Лист не найден$/],
    [new Error("GeneralException"), /^Excel не смог выполнить действие: GeneralException$/],
    [undefined, /^Не удалось выполнить действие\. Повторите попытку/],
  ])("%p → Russian", (error, expected) => {
    expect(errorText(error)).toMatch(expected);
  });
});
