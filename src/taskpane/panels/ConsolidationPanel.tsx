import { ComingSoon } from "./ComingSoon";

/** «Свод»: a placeholder until the consolidation issue replaces this component. */
export function ConsolidationPanel() {
  return (
    <ComingSoon purpose="Здесь муниципальный координатор сможет собрать книги школ в один «Свод» с показателями по каждой организации и итогами." />
  );
}
