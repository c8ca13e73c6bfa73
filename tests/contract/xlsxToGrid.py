"""Convert .xlsx files to the domain's WorkbookGrid JSON (src/domain/grid.ts), for the sample tests.

Independent of the project's own ExcelJS reader: openpyxl, cached values (data_only=True), date
cells as {"kind": "date", "iso": "YYYY-MM-DD"} with the time part dropped.
Usage: /usr/bin/python3 xlsxToGrid.py FILE... > grids.json  (a JSON object keyed by file name)
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


def workbook(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = [
            [cell(v) for v in row]
            for row in ws.iter_rows(
                min_row=ws.min_row, max_row=ws.max_row, min_col=ws.min_column, max_col=ws.max_column, values_only=True
            )
        ]
        sheets.append({"name": ws.title, "firstRow": ws.min_row, "firstCol": ws.min_column, "rows": rows})
    return {"sheets": sheets, "date1904": wb.epoch == datetime.datetime(1904, 1, 1)}


if __name__ == "__main__":
    json.dump({os.path.basename(p): workbook(p) for p in sys.argv[1:]}, sys.stdout, ensure_ascii=False)
