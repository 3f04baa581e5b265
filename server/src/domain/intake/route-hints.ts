/** What a visitor's first message says about where it should go. */
export interface RouteHints {
  /**
   * A department decided before the visitor wrote (a proactive rule's action): it wins over the
   * visitor's choice and the page rules while the workspace still has it.
   */
  presetDepartmentId?: string | undefined;
  /** The department the visitor chose in the widget. */
  departmentId?: string | undefined;
  pageUrl?: string | undefined;
  locale?: string | undefined;
}
