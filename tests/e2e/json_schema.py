"""The documented `judge run --json` document (schema_version 1), checked key by key.

check_document() returns a list of problems ("tests[2].cpu_ms: expected number, got str"), empty
when the document matches. Keys the schema does not list are allowed (forward compatibility);
missing keys and wrong types are not.
"""

INT = (int,)
NUMBER = (int, float)
STR = (str,)
NULL = (type(None),)

TOP_LEVEL = {
    "schema_version": INT,
    "verdict": STR,
    "problem": dict,
    "solution": STR,
    "language": dict,
    "compile": dict,
    "limits": dict,
    "sandbox": dict,
    "summary": dict,
    "tests": list,
}

OBJECTS = {
    "problem": {"name": STR, "dir": STR, "format": STR},
    "language": {"id": STR, "name": STR},
    "compile": {"status": STR, "time_ms": NUMBER, "message": STR},
    "limits": {"time_ms": INT, "wall_time_ms": INT, "memory_bytes": INT, "output_bytes": INT},
    "sandbox": {"backend": STR, "isolation": STR},
    "summary": {"tests_total": INT, "tests_passed": INT, "max_cpu_ms": NUMBER,
                "max_memory_bytes": INT},
}

TEST = {
    "name": STR,
    "group": STR,
    "verdict": STR,
    "cpu_ms": NUMBER,
    "wall_ms": NUMBER,
    "memory_bytes": INT,
    "exit_code": INT + NULL,
    "signal": INT + NULL,
    "signal_name": STR + NULL,
    "blocked_syscall": STR + NULL,
    "message": STR,
    "judge_message": STR,
    "difference": (dict, type(None)),
    "score": NUMBER + NULL,
    "passes": list,
}

PASS = {"pass": INT, "verdict": STR, "cpu_ms": NUMBER, "wall_ms": NUMBER, "memory_bytes": INT,
        "message": STR}

DIFFERENCE = {"line": INT, "token": INT, "expected": STR, "got": STR}

VERDICTS = {"AC", "WA", "TLE", "MLE", "OLE", "RE", "CE", "JE", "IE"}
FORMATS = {"2025-09", "legacy", "plain"}


def _type_name(types):
    names = {int: "int", float: "number", str: "string", type(None): "null", dict: "object",
             list: "array"}
    if not isinstance(types, tuple):
        types = (types,)
    return " or ".join(names.get(t, t.__name__) for t in types)


def _check_fields(where, value, fields, problems):
    if not isinstance(value, dict):
        problems.append(f"{where}: expected an object, got {type(value).__name__}")
        return
    for key, types in fields.items():
        if key not in value:
            problems.append(f"{where}.{key}: missing")
            continue
        item = value[key]
        # bool is an int subclass in Python; JSON true/false is never a valid number here.
        if isinstance(item, bool) or not isinstance(item, types):
            problems.append(f"{where}.{key}: expected {_type_name(types)}, "
                            f"got {type(item).__name__} {item!r:.60}")


def check_document(document):
    problems = []
    _check_fields("$", document, TOP_LEVEL, problems)
    if problems:
        return problems
    if document["schema_version"] != 1:
        problems.append(f"$.schema_version: expected 1, got {document['schema_version']}")
    if document["verdict"] not in VERDICTS:
        problems.append(f"$.verdict: {document['verdict']!r} is not one of {sorted(VERDICTS)}")
    if "score" in document and not isinstance(document["score"], NUMBER + NULL):
        problems.append(f"$.score: expected number or null, got {document['score']!r}")
    for key, fields in OBJECTS.items():
        _check_fields(f"$.{key}", document[key], fields, problems)
    if isinstance(document["problem"], dict) and document["problem"].get("format") not in FORMATS:
        problems.append(f"$.problem.format: {document['problem'].get('format')!r} is not one of "
                        f"{sorted(FORMATS)}")
    for index, test in enumerate(document["tests"]):
        where = f"$.tests[{index}]"
        _check_fields(where, test, TEST, problems)
        if not isinstance(test, dict):
            continue
        if test.get("verdict") not in VERDICTS | {"SKIPPED"}:
            problems.append(f"{where}.verdict: {test.get('verdict')!r} is not a verdict")
        for number, one_pass in enumerate(test.get("passes") or []):
            _check_fields(f"{where}.passes[{number}]", one_pass, PASS, problems)
        if isinstance(test.get("difference"), dict):
            _check_fields(f"{where}.difference", test["difference"], DIFFERENCE, problems)
        if test.get("signal") is not None and test.get("exit_code") is not None:
            problems.append(f"{where}: both exit_code and signal are set")
    summary = document["summary"]
    # After a compile error no test ran, and whether the selected tests are listed is open.
    if isinstance(summary, dict) and not problems and document["verdict"] != "CE":
        tests = document["tests"]
        passed = sum(1 for t in tests if t["verdict"] == "AC")
        if summary["tests_total"] != len(tests):
            problems.append(f"$.summary.tests_total is {summary['tests_total']} but tests has "
                            f"{len(tests)} entries")
        if summary["tests_passed"] != passed:
            problems.append(f"$.summary.tests_passed is {summary['tests_passed']} but {passed} "
                            f"tests are AC")
        max_cpu = max((t["cpu_ms"] for t in tests), default=0)
        if abs(summary["max_cpu_ms"] - max_cpu) > 1:
            problems.append(f"$.summary.max_cpu_ms is {summary['max_cpu_ms']}, the tests' "
                            f"maximum is {max_cpu}")
    return problems
