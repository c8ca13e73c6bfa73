import { ComingSoon } from "./ComingSoon";

/** «Проверка»: a placeholder until the validation issue replaces this component. */
export function ChecksPanel() {
  return (
    <ComingSoon purpose="Здесь можно будет проверить книгу по правилам программы: ошибки в датах, парах и согласиях будут отмечены в ячейках и собраны на листе «Проверка»." />
  );
}
