#!/usr/bin/env python3
"""Writes data/calendar/cn_festivals.toml: the lunar-calendar and solar-term days of China's statutory
holidays (除夕, 清明, 端午, 中秋), one entry a year, from the PyPI package lunar-python (6tail, MIT).

    python3 -m venv /tmp/lunar && /tmp/lunar/bin/pip install lunar-python==1.4.8
    /tmp/lunar/bin/python data/calendar/festival_dates.py > data/calendar/cn_festivals.toml
"""
import datetime

from lunar_python import Lunar

VERSION = "1.4.8"
FIRST_YEAR, LAST_YEAR = 2020, 2040


def solar(lunar_year, month, day):
    s = Lunar.fromYmd(lunar_year, month, day).getSolar()
    return datetime.date(s.getYear(), s.getMonth(), s.getDay())


print(f"""# The lunar-calendar and solar-term days of China's statutory holidays, {FIRST_YEAR}-{LAST_YEAR}.
# Source: PyPI package lunar-python {VERSION} (6tail, MIT licence), converted by data/calendar/festival_dates.py
# (run it again to regenerate; do not edit by hand). chuxi: 除夕, the last day of the lunar year before the
# Spring Festival of that Gregorian year; qingming: the 清明 solar term; duanwu: 五月初五; zhongqiu: 八月十五.
# src/rules/calendar.rs counts the statutory days of cn_holidays.toml from these for a year that has no
# official arrangement there.
source = "lunar-python {VERSION} (PyPI, MIT)"
""")
for year in range(FIRST_YEAR, LAST_YEAR + 1):
    chuxi = solar(year, 1, 1) - datetime.timedelta(days=1)
    qingming = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"]
    qingming = datetime.date(qingming.getYear(), qingming.getMonth(), qingming.getDay())
    assert qingming.year == year
    print(f"""[[year]]
year = {year}
chuxi = "{chuxi}"
qingming = "{qingming}"
duanwu = "{solar(year, 5, 5)}"
zhongqiu = "{solar(year, 8, 15)}"
""")
