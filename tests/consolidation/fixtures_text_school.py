"""A school workbook whose cells hold text that looks like a formula or a phone number.

Usage: fixtures_text_school.py MESSY.xlsx OUT.xlsx
Starts from tests/fixtures/messy_school.py's output (written by openpyxl, not the project) and sets:
«Наименование ОО» = =HYPERLINK("http://x","y") and a mentor's стаж = +7 900 111-22-33, both stored
as text (data_type "s"), and «Код ОО» = 007 as text.
"""
import sys
from openpyxl import load_workbook

wb = load_workbook(sys.argv[1])
info = wb["Сведения об ОО"]
for row in info.iter_rows(min_row=2):
    if row[0].value == "Наименование ОО":
        row[1].value = '=HYPERLINK("http://x","y")'
        row[1].data_type = "s"
    if row[0].value == "Код ОО":
        row[1].value = "007"
        row[1].data_type = "s"
mentors = wb["Банк наставников"]
cell = mentors.cell(row=4, column=3)  # «Стаж работы» of Петрова: unreadable as a number → F002
cell.value = "+7 900 111-22-33"
cell.data_type = "s"
wb.save(sys.argv[2])
