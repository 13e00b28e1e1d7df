#!/usr/bin/env python3
"""Writes the test workbooks with openpyxl, a writer FiveStar does not share code with.

Run from the repository root with Debian's python3-openpyxl (apt-get install python3-openpyxl):
    /usr/bin/python3 tests/FiveStar.Tests/TestData/xlsx/make-workbooks.py
It writes samples/Hanzhuang/villages.xlsx (the Hanzhuang villages as a township official's workbook) and
tests/FiveStar.Tests/TestData/xlsx/cells.xlsx (typed cells, numbers as text, and broken cells of every kind).
The outputs are committed; rerun this after changing it.
"""
import csv
import datetime
import glob
import html
import json
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))


def indicators():
    found = {}
    for manifest in sorted(glob.glob(os.path.join(ROOT, "plugins", "*", "manifest.json"))):
        with open(manifest, encoding="utf-8") as f:
            for indicator in json.load(f).get("indicators", []):
                found[indicator["id"]] = indicator
    return found


def set_cached_values(path, sheet, values):
    """openpyxl writes formulas without a cached value; put the values Excel would have saved into the sheet XML."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == sheet:
                text = data.decode("utf-8")
                for ref, value in values.items():
                    text, count = re.subn(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?' % ref, r"\g<1>\g<2><v>%s</v>" % value, text)
                    assert count == 1, ref
                data = text.encode("utf-8")
            z.writestr(info, data)


def to_shared_strings(path):
    """openpyxl writes text as inline strings; Excel and WPS keep it in a shared-string table. Rewrite the first
    sheet's text that way, with the first header as rich text runs and a phonetic guide (as Japanese and some Chinese
    input methods save it), so the reader is tested on the form township files actually have."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    strings = []

    def share(match):
        text = match.group(2)
        strings.append(text)
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(3) or "", len(strings) - 1)

    out = []
    for info, data in items:
        if info.filename == "xl/worksheets/sheet1.xml":
            text = data.decode("utf-8")
            text = re.sub(r'<c r="([A-Z]+[0-9]+)"(?: t="inlineStr")( s="[0-9]+")?><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>',
                          lambda m: share(type("M", (), {"group": lambda self, i: {1: m.group(1), 2: m.group(3), 3: m.group(2)}[i]})()), text)
            text = re.sub(r'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>',
                          lambda m: share(type("M", (), {"group": lambda self, i: {1: m.group(1), 2: m.group(3), 3: m.group(2)}[i]})()), text)
            assert "inlineStr" not in text
            data = text.encode("utf-8")
        elif info.filename == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        elif info.filename == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        out.append((info, data))
    items_xml = []
    for i, text in enumerate(strings):
        if html.unescape(text) == "编号":
            items_xml.append("<si><r><rPr><b/></rPr><t>编</t></r><r><t>号</t></r><rPh sb=\"0\" eb=\"2\"><t>biānhào</t></rPh></si>")
        else:
            items_xml.append("<si><t xml:space=\"preserve\">%s</t></si>" % text)
    sst = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>' % (len(strings), len(strings), "".join(items_xml))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            z.writestr(info, data)
        z.writestr("xl/sharedStrings.xml", sst.encode("utf-8"))


def hanzhuang():
    """Title rows, Chinese headers with units (full- and half-width brackets), 是/否, grades by name, some numbers as
    text, a percentage typed as 76.4%, a blank row, a note below the table, styled empty rows, and a second sheet."""
    known = indicators()
    with open(os.path.join(ROOT, "samples", "Hanzhuang", "villages.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    columns = [c for c in rows[0].keys() if c not in ("id", "name")]
    wb = Workbook()
    ws = wb.active
    ws.title = "2022年村级数据"
    ws["A1"] = "汤阴县韩庄镇2022年度“五星”支部创建村级数据汇总表"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns) + 2)
    ws["A2"] = "填报单位：韩庄镇党委组织办    填报日期：2023年1月5日"
    header = ["编号", "村名"]
    for i, column in enumerate(columns):
        indicator = known.get(column)
        if indicator is None:
            header.append(column)  # an id the plug-ins do not declare stays an id
            continue
        name = indicator["name"]["zh"]
        unit = indicator.get("unit", {}).get("zh", "")
        if unit and i % 3 == 0:
            header.append("%s（%s）" % (name, unit))
        elif unit and i % 3 == 1:
            header.append("%s(%s)" % (name, unit.split("/")[0]))
        else:
            header.append(name)
    ws.append([])  # row 3 stays empty between the titles and the header
    ws.append(header)  # row 4
    for n, row in enumerate(rows):
        if n == 10:
            ws.append([])  # a blank row in the middle of the table
        values = [row["id"], row["name"]]
        for i, column in enumerate(columns):
            text = row[column]
            indicator = known.get(column, {"type": "number"})
            kind = indicator["type"]
            if text == "":
                values.append(None)
            elif kind == "boolean":
                values.append("是" if text == "true" else "否")
            elif kind == "enumeration":
                by_id = {v["id"]: v["name"]["zh"] for v in indicator["values"]}
                values.append(by_id[text] if n % 2 == 0 else text)
            elif (n + i) % 7 == 0:
                values.append(text)  # a number stored as text, as pasted from another program
            else:
                number = float(text)
                values.append(int(number) if number.is_integer() else number)
        ws.append(values)
        r = ws.max_row
        for i, column in enumerate(columns):
            if known.get(column, {}).get("type") == "percent" and isinstance(ws.cell(r, i + 3).value, (int, float)) and n % 4 == 1:
                cell = ws.cell(r, i + 3)
                cell.value = cell.value / 100  # typed in as 76.4%: stored as 0.764, shown as a percentage
                cell.number_format = "0.0%"
    ws.append([])
    ws.append(["填表人：王某某", None, "审核人：李某某"])
    for r in range(ws.max_row + 1, ws.max_row + 6):
        ws.cell(r, 1).font = Font(bold=True)  # styled, empty rows below the table
    notes = wb.create_sheet("填表说明")
    notes.append(["说明"])
    notes.append(["是/否项填“是”或“否”；数值项填阿拉伯数字。"])
    path = os.path.join(ROOT, "samples", "Hanzhuang", "villages.xlsx")
    wb.save(path)
    to_shared_strings(path)
    return path


def cells():
    """One village per kind of cell: typed, numbers as text, and each kind of broken cell, on a sheet named 数据 that
    is the second sheet (the first is a cover sheet)."""
    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["A1"] = "测试工作簿"
    ws = wb.create_sheet("数据")
    ws["A1"] = "村级数据"
    ws.merge_cells("A1:H1")
    ws.append(["编号", "村名", "户籍人口（人）", "村集体经济年收入(元)", "Branch-led cooperative", "书记年度考核等次", "卫生户厕普及率（%）", "备注", "households_total"])
    rows = [
        ("t01", "数字村", 3000, 250000, True, "excellent", 80.5, "typed cells", 800),
        ("t02", "文本村", "3,100", " 260000 ", "是", "称职", "76.4%", "numbers as text", 800),
        ("t03", "全角村", "３２００", "２７００００", "否", "Competent", "９０", "full-width digits", 800),
        ("t04", "日期村", datetime.date(2022, 3, 1), 1, "是", "excellent", 50, "a date in a number column", 800),
        ("t05", "错误村", 3000, "#DIV/0!", "是", "excellent", 50, "an error cell", 800),
        ("t06", "公式村", 3000, "=B2*0", "是", "excellent", 50, "a formula without a cached value", 800),
        ("t07", "文字村", "三千", 1, "是", "excellent", 50, "text in a number column", 800),
        ("t08", "范围村", 3000, 1, "也许", "excellent", 150, "an unknown yes/no and an out-of-range percentage", 800),
        ("t09", "等次村", 3000.5, 1, "是", "很好", 50, "a fraction for a count and an unknown grade", 800),
        ("t10", "缓存村", "=1000*3", "=100000+5", True, "excellent", 50, "formulas with cached values", 800),
        ("t10", "重号村", 3000, 1, "是", "excellent", 50, "a duplicate id", 800),
    ]
    for row in rows:
        ws.append(list(row))
    ws.append([])
    ws.append([])
    ws.column_dimensions["A"].width = 8
    third = wb.create_sheet("其他")
    third.append(["编号", "村名"])
    third.append(["x01", "不读村"])
    path = os.path.join(HERE, "cells.xlsx")
    wb.save(path)
    # Formula cells of row 12 (t10) carry the values Excel would have cached; row 8 (t06) has none.
    set_cached_values(path, "xl/worksheets/sheet2.xml", {"C12": "3000", "D12": "100005"})
    return path


if __name__ == "__main__":
    for written in (hanzhuang(), cells()):
        print("wrote", os.path.relpath(written, ROOT))
