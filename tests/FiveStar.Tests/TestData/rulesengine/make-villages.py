"""Writes villages.csv, villages.json and villages.jsonl: the same 48 villages in three formats, for the RulesEngine
star-file tests. Columns are named after plug-in indicators (typed by them), a derived indicator and other names.
Run from this folder: python3 make-villages.py"""
import json
import random

random.seed(2026)
COLUMNS = [
    "id", "name", "collective_income_yuan", "population", "per_capita_disposable_income_yuan",
    "county_avg_per_capita_income_yuan", "branch_led_coop_exists", "sanitary_toilet_coverage_pct",
    "refuse_collection_coverage_pct", "four_beautiful_village", "households", "wells", "tank",
    "secretary_in_post", "secretary_appraisal_grade", "party_member_count", "escalated_petition_count",
    "criminal_case_count", "disputes_resolved_locally_pct", "resident_satisfaction_pct", "volunteer_team_count",
]


def village(i):
    zero = lambda p=0.3: random.random() < p
    return {
        "id": f"v{i:02d}",
        "name": f"Village {i}",
        "collective_income_yuan": round(random.uniform(50_000, 400_000), random.choice([0, 2])),
        "population": random.randint(150, 1400),
        "per_capita_disposable_income_yuan": round(random.uniform(9_000, 22_000), 1),
        "county_avg_per_capita_income_yuan": 15000.0,
        "branch_led_coop_exists": random.random() < 0.6,
        # Above 100 on purpose: a plug-in's range for this percent does not apply to a RulesEngine file.
        "sanitary_toilet_coverage_pct": round(random.uniform(60, 108), 1),
        "refuse_collection_coverage_pct": round(random.uniform(70, 100), 1),
        "four_beautiful_village": random.random() < 0.4,
        "households": 0 if zero(0.1) else random.randint(40, 400),
        "wells": random.randint(0, 8),
        "tank": random.choice(["steel", "plastic", "none"]),
        "secretary_in_post": random.random() < 0.8,
        # "gold" is not a value of the plug-in's enumeration: in a RulesEngine file the column is plain text.
        "secretary_appraisal_grade": random.choice(["excellent", "competent", "incompetent", "gold"]),
        "party_member_count": random.randint(5, 90),
        "escalated_petition_count": 0 if zero(0.5) else random.randint(1, 6),
        "criminal_case_count": 0 if zero(0.6) else random.randint(1, 3),
        # Named like a derived indicator of the safety plug-in, but here it is data.
        "disputes_resolved_locally_pct": round(random.uniform(70, 100), 1),
        "resident_satisfaction_pct": round(random.uniform(60, 100), 2),
        "volunteer_team_count": random.randint(0, 3),
    }


villages = [village(i) for i in range(1, 49)]


def csv_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if value < 1e15 else repr(value)
    return str(value)


with open("villages.csv", "w", encoding="utf-8", newline="\n") as f:
    f.write(",".join(COLUMNS) + "\n")
    for v in villages:
        f.write(",".join(csv_value(v[c]) for c in COLUMNS) + "\n")
with open("villages.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(villages, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open("villages.jsonl", "w", encoding="utf-8", newline="\n") as f:
    for v in villages:
        f.write(json.dumps(v, ensure_ascii=False) + "\n")
