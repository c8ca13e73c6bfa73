"""Convert .xlsx files to the domain's WorkbookGrid JSON (src/domain/grid.ts), for the sample tests.

Independent of the project's own ExcelJS reader: openpyxl, cached values (data_only=True), date
cells as {"kind": "date", "iso": "YYYY-MM-DD"} with the time part dropped.
Usage: /usr/bin/python3 xlsxToGrid.py [--layout] FILE... > grids.json  (a JSON object keyed by file name)
With --layout each sheet also carries what spec v2 reads besides values: hidden rows (their own flag
or a collapsed outline), merged ranges and whether an AutoFilter has a filter condition.
"""
import datetime
import json
import os
import sys

import openpyxl


def cell(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, datetime.datetime):
        return {"kind": "date", "iso": v.date().isoformat()}
    if isinstance(v, datetime.date):
        return {"kind": "date", "iso": v.isoformat()}
    if isinstance(v, (int, float)):
        return v
    return str(v)


def layout(ws):
    hidden = sorted(r for r, d in ws.row_dimensions.items() if d.hidden)
    merges = [
        {"top": m.min_row, "left": m.min_col, "bottom": m.max_row, "right": m.max_col} for m in ws.merged_cells.ranges
    ]
    af = ws.auto_filter
    active = bool(af.ref) and len(af.filterColumn) > 0
    return {"hiddenRows": hidden, "merges": merges, "filterActive": active}


def workbook(path, with_layout=False):
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = [
            [cell(v) for v in row]
            for row in ws.iter_rows(
                min_row=ws.min_row, max_row=ws.max_row, min_col=ws.min_column, max_col=ws.max_column, values_only=True
            )
        ]
        sheet = {"name": ws.title, "firstRow": ws.min_row, "firstCol": ws.min_column, "rows": rows}
        if with_layout:
            sheet.update(layout(ws))
        sheets.append(sheet)
    return {"sheets": sheets, "date1904": wb.epoch == datetime.datetime(1904, 1, 1)}


if __name__ == "__main__":
    args = sys.argv[1:]
    with_layout = "--layout" in args
    files = [a for a in args if a != "--layout"]
    json.dump({os.path.basename(p): workbook(p, with_layout) for p in files}, sys.stdout, ensure_ascii=False)
