/** Whether the Office host supports an API requirement set (false outside Office). */
export function hostSupports(set: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
}
