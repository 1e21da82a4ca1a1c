#!/usr/bin/env python3
"""Batch reports end to end: `judge report FORMAT RESULTS.jsonl` on records of real runs (plus one
record holding hostile strings), each format read back by a real consumer.

usage: batch_reports.py --judge BUILD/judge --source REPO CASE

Cases:
  formats   JUnit parsed by xml.etree (and xmllint when installed), Classroom results checked
            against the shape GitHub's grading reporter reads, annotations against GitHub's
            escaping rules, CSV read back by Python's csv module; bad input exits 2
  html      the HTML report rendered by Debian's headless Chromium in a network namespace
            without network: a verdict strip and a chart per submission, no external URL
Prints "SKIP: reason" (exit 0) only when Chromium is not installed.
"""
import base64
import csv
import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
from judge_runner import TestFailure, run_case_from_command_line

# Small, fast submissions of problems/hello covering AC, WA and RE (C and Python: no JVM start).
SUBMISSIONS = ["accepted/hello.c", "accepted/hello.py", "wrong_answer/comma.py",
               "run_time_error/exit3.c"]
# What a student controls ends up in ids, paths and messages: markup, quotes, a formula, a bidi
# override, newlines and a workflow command.
HOSTILE_ID = "=cmd|' /C calc'!A0,\"<script>alert(1)</script>\u202e"
HOSTILE_MESSAGE = "100% wrong\n::add-mask::x\r\n<img src=http://example.com/x.png>"


def shown(text):
    """How reports show a string: hidden controls such as the bidi override as escapes."""
    return text.replace("\u202e", "\\u202e")


def make_records(judge):
    """Results of real `judge run --json` runs as `judge grade` writes them (+ id, source)."""
    problem = judge.problems_dir / "hello"
    records = []
    for name in SUBMISSIONS:
        source = problem / "submissions" / name
        _, document = judge.run_json("run", source, problem)
        records.append({**document, "id": name, "source": str(source)})
    broken = judge.fresh_dir("broken") / "broken.c"
    broken.write_text("int main( { return 0; }\n")
    _, document = judge.run_json("run", broken, problem)
    records.append({**document, "id": "compile-error/broken.c", "source": str(broken)})
    hostile = json.loads(json.dumps(records[2]))  # the WA record
    hostile["id"] = HOSTILE_ID
    hostile["source"] = "subs/a,b:c.py"
    hostile["tests"][0]["message"] = HOSTILE_MESSAGE
    hostile["tests"][0]["difference"] = {"line": 1, "token": 1, "expected": "Hello",
                                         "got": "</pre><a href='http://x'>\u202e"}
    records.append(hostile)
    path = judge.fresh_dir("records") / "results.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path, records


def report(judge, fmt, results, *extra):
    result = judge.run("report", fmt, results, *extra)
    if result.returncode != 0:
        result.fail(f"judge report {fmt} failed")
    return result


def check_junit(judge, results, records):
    out = judge.fresh_dir("junit") / "report.xml"
    report(judge, "junit", results, "-o", out)
    root = ElementTree.parse(out).getroot()
    suites = root.findall("testsuite")
    names = [suite.get("name") for suite in suites]
    if root.tag != "testsuites" or names != [shown(r["id"]) for r in records]:
        raise TestFailure(f"{out}: expected one <testsuite> per record, in order; got "
                          f"{[s.get('name') for s in suites]}")
    for suite, record in zip(suites, records):
        cases = suite.findall("testcase")
        compile_failed = record["compile"]["status"] == "failed"
        expected = ["compile"] * compile_failed + [t["name"] for t in record["tests"]]
        if [c.get("name") for c in cases] != expected:
            raise TestFailure(f"{out}: suite {record['id']!r}: testcases differ from tests")
        if compile_failed and cases[0].find("failure").get("type") != "CE":
            raise TestFailure(f"{out}: suite {record['id']!r}: no <failure type='CE'>")
        for case, test in zip(cases[compile_failed:], record["tests"]):
            failure = case.find("failure")
            if test["verdict"] == "AC":
                if len(case):
                    raise TestFailure(f"{out}: AC test {test['name']} has a child element")
            elif test["verdict"] == "SKIPPED":
                if case.find("skipped") is None:
                    raise TestFailure(f"{out}: skipped test {test['name']} has no <skipped/>")
            elif failure is None or failure.get("type") != test["verdict"]:
                raise TestFailure(f"{out}: {record['id']}/{test['name']}: expected "
                                  f"<failure type={test['verdict']!r}>")
        failing = [t for t in record["tests"] if t["verdict"] not in ("AC", "SKIPPED")]
        if int(suite.get("failures")) != len(failing) + compile_failed:
            raise TestFailure(f"{out}: suite {record['id']!r}: wrong failures count")
    if "\u202e" in out.read_text(encoding="utf-8"):
        raise TestFailure(f"{out}: a bidi override reached the XML unescaped")
    if shutil.which("xmllint"):
        lint = subprocess.run(["xmllint", "--noout", str(out)], capture_output=True, text=True)
        if lint.returncode != 0:
            raise TestFailure(f"xmllint rejects {out}:\n{lint.stderr}")
    print(f"ok   junit: {len(suites)} suites, parsed by xml.etree"
          + (" and xmllint" if shutil.which("xmllint") else ""))


def check_classroom(judge, results, records):
    lines = report(judge, "classroom", results).stdout.splitlines()
    if len(lines) != len(records):
        raise TestFailure(f"classroom: expected {len(records)} lines, got {len(lines)}")
    for line, record in zip(lines, records):
        result = json.loads(line)
        # The grading reporter decodes the runner's base64 `result` output, then sums the scores.
        result = json.loads(base64.b64decode(base64.b64encode(line.encode())).decode())
        if result.get("version") != 1 or result.get("status") not in ("pass", "fail", "error"):
            raise TestFailure(f"classroom: bad version/status in {line[:200]}")
        if not isinstance(result.get("max_score"), (int, float)):
            raise TestFailure(f"classroom: max_score is not a number in {line[:200]}")
        for test in result["tests"]:
            for key, kind in (("name", str), ("status", str), ("score", (int, float)),
                              ("max_score", (int, float)), ("message", str), ("test_code", str),
                              ("filename", str), ("line_no", int), ("duration", int)):
                if not isinstance(test.get(key), kind):
                    raise TestFailure(f"classroom: tests[].{key} missing or mistyped: {test}")
        points = sum(t["score"] for t in result["tests"])
        passed = record["summary"]["tests_passed"]
        want_status = "pass" if record["verdict"] == "AC" else "fail"
        if points != passed or result["max_score"] != record["summary"]["tests_total"] or \
                result["status"] != want_status:
            raise TestFailure(f"classroom: {record['id']!r}: Points {points}/"
                              f"{result['max_score']} {result['status']}, expected {passed}/"
                              f"{record['summary']['tests_total']} {want_status}")
    print(f"ok   classroom: {len(lines)} results of the documented shape, points add up")


COMMAND = re.compile(r"^::(error|notice) file=([^,:]*),title=([^,:]*)::(.*)$")


def unescape(text):
    return (text.replace("%3A", ":").replace("%2C", ",").replace("%0D", "\r")
            .replace("%0A", "\n").replace("%25", "%"))


def check_annotations(judge, results, records):
    lines = report(judge, "annotations", results).stdout.split("\n")
    if lines[-1] != "" or len(lines) - 1 != len(records):
        raise TestFailure(f"annotations: expected {len(records)} lines, got {lines}")
    for line, record in zip(lines, records):
        match = COMMAND.match(line)
        if not match or "\r" in line:
            raise TestFailure(f"annotations: not one well-formed command: {line!r}")
        kind, path, title, message = match.groups()
        if kind != ("notice" if record["verdict"] == "AC" else "error"):
            raise TestFailure(f"annotations: {record['id']!r} is a {kind}")
        if unescape(path) != record["source"]:
            raise TestFailure(f"annotations: file= {unescape(path)!r}, not {record['source']!r}")
        if not unescape(title).startswith(shown(record["id"])):
            raise TestFailure(f"annotations: title {unescape(title)!r} does not name the id")
        if record["id"] == HOSTILE_ID and "\n::add-mask::x" not in unescape(message):
            raise TestFailure(f"annotations: the hostile message is not kept escaped: {line!r}")
    print(f"ok   annotations: {len(records)} commands, escaped by GitHub's rules")


def check_csv(judge, results, records):
    out = judge.fresh_dir("csv") / "grades.csv"
    report(judge, "csv", results, "-o", out)
    text = out.read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != ["id", "verdict", "score", "max_score", "passed", "total", "max_cpu_ms"]:
        raise TestFailure(f"csv: header {rows[0]}")
    for row, record in zip(rows[1:], records):
        want_id = shown(record["id"])
        if want_id[0] in "=+-@":
            want_id = "'" + want_id  # never a formula in a spreadsheet
        want = [want_id, record["verdict"], "", "", str(record["summary"]["tests_passed"]),
                str(record["summary"]["tests_total"]), str(record["summary"]["max_cpu_ms"])]
        if row != want:
            raise TestFailure(f"csv: row {row}, expected {want}")
    if len(rows) != len(records) + 1 or not text.endswith("\r\n"):
        raise TestFailure(f"csv: expected {len(records)} rows ending in CRLF")
    print(f"ok   csv: {len(records)} rows read back by the csv module")


def check_bad_input(judge, results):
    checks = [(("report", "pdf", results), "unknown report format 'pdf'"),
              (("report", "csv", judge.scratch / "missing.jsonl"), "missing.jsonl"),
              (("report", "csv", judge.source_dir / "README.md"), "README.md:1")]
    for args, expected in checks:
        result = judge.run(*args)
        if result.returncode != 2 or expected not in result.stderr:
            result.fail(f"expected exit 2 and {expected!r} on stderr")
    print("ok   bad input: exit 2 with the file and line")


def check_grade_options(judge):
    """judge grade and judge merge write the same reports as judge report on their results."""
    problem = judge.problems_dir / "hello"
    work = judge.fresh_dir("grade-reports")
    subs = [problem / "submissions" / name for name in ("accepted/hello.c", "wrong_answer/comma.py")]
    formats = ("junit", "classroom", "csv", "html")
    options = [a for f in formats for a in (f"--{f}", work / f"grade.{f}")]
    graded = judge.run("grade", problem, *subs, "-o", work / "results.jsonl", *options,
                       "--annotations")
    if graded.returncode != 0:
        graded.fail("judge grade with report options failed")
    merged = judge.run("merge", work / "merged.jsonl", work / "results.jsonl", "--csv",
                       work / "merged.csv")
    if merged.returncode != 0:
        merged.fail("judge merge with --csv failed")
    for fmt in formats:
        rendered = report(judge, fmt, work / "results.jsonl", "-o", work / f"report.{fmt}")
        if (work / f"grade.{fmt}").read_bytes() != (work / f"report.{fmt}").read_bytes():
            rendered.fail(f"judge grade --{fmt} differs from judge report {fmt}")
    if (work / "merged.csv").read_bytes() != (work / "grade.csv").read_bytes():
        merged.fail("judge merge --csv differs from judge grade --csv")
    annotations = report(judge, "annotations", work / "results.jsonl").stdout
    if annotations not in graded.stdout:
        graded.fail("judge grade --annotations did not print the annotations")
    print("ok   grade and merge: --junit --classroom --csv --html --annotations as judge report")


def case_formats(judge):
    results, records = make_records(judge)
    check_junit(judge, results, records)
    check_classroom(judge, results, records)
    check_annotations(judge, results, records)
    check_csv(judge, results, records)
    check_bad_input(judge, results)
    check_grade_options(judge)


class Dom(HTMLParser):
    """Counts what the rendered page must have, and every attribute that could load a URL."""

    def __init__(self):
        super().__init__()
        self.sections, self.strips, self.charts, self.cells, self.urls = [], 0, 0, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "section" and "submission" in classes:
            self.sections.append(attrs.get("data-id"))
            self.cells.append(0)
        if "strip" in classes:
            self.strips += 1
        if "cell" in classes and self.cells:
            self.cells[-1] += 1
        if tag == "svg" and "chart" in classes:
            self.charts += 1
        for name, value in attrs.items():
            if name in ("src", "href", "srcset", "action", "poster", "data") or \
                    re.search(r"url\(|://", value or ""):
                self.urls.append((tag, name, value))


def chromium_binary():
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def case_html(judge):
    chromium = chromium_binary()
    if not chromium:
        print("SKIP: Chromium is not installed (apt-get install chromium; scripts/setup.sh does)")
        return
    results, records = make_records(judge)
    page = judge.fresh_dir("html") / "report.html"
    report(judge, "html", results, "-o", page)
    profile = judge.fresh_dir("chromium-profile")
    # A network namespace with only a downed loopback: any request the page made would fail,
    # and the DOM is checked for URLs as well.
    argv = ["unshare", "--net", chromium, "--headless", "--no-sandbox", "--disable-gpu",
            f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
    rendered = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    dom = Dom()
    dom.feed(rendered.stdout)
    if rendered.returncode != 0 or not dom.sections:
        raise TestFailure(f"chromium did not render {page} (exit {rendered.returncode}):\n"
                          f"{rendered.stderr[-2000:]}")
    if dom.sections != [shown(r["id"]) for r in records]:
        raise TestFailure(f"rendered sections {dom.sections}, expected the records' ids")
    if dom.strips != len(records) or dom.charts != len(records):
        raise TestFailure(f"expected a strip and a chart per submission, got {dom.strips} strips "
                          f"and {dom.charts} charts")
    if dom.cells != [max(1, len(r["tests"])) for r in records]:
        raise TestFailure(f"strip cells {dom.cells}, expected one per test")
    if dom.urls or "<script" in rendered.stdout or "<img" in rendered.stdout:
        raise TestFailure(f"the rendered page can load something: {dom.urls}")
    print(f"ok   html: Chromium rendered {len(records)} strips and charts, no URL, offline")


CASES = {"formats": case_formats, "html": case_html}


if __name__ == "__main__":
    sys.exit(run_case_from_command_line(__doc__.splitlines()[0], CASES))
