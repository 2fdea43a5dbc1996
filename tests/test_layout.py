"""The layout of the back half of the pipeline, checked from the source: which package imports which, and
the size of modules and classes in ``check/`` and ``report/`` (docs/architecture.md states the rules)."""

from __future__ import annotations

import ast
from pathlib import Path

import lossledger

PACKAGE = Path(lossledger.__file__).parent
#: package -> lossledger modules/packages it must not import directly
FORBIDDEN = {
    "check": {"extract", "readers", "report", "serve", "export", "cli", "pipeline", "scale", "dask_backend"},
    "report": {"check", "extract", "readers", "export", "cli", "pipeline", "scale", "dask_backend"},
}
MAX_MODULE_LINES = 750
MAX_CLASS_LINES = 250


def _lossledger_imports(path: Path) -> set[str]:
    """The top-level lossledger modules ``path`` imports (``from ..ledger import X`` -> ``ledger``)."""
    parts = path.relative_to(PACKAGE).parts[:-1]  # the package the module is in, e.g. ("check",)
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(parts[: len(parts) - node.level + 1])
                target = base + (node.module.split(".") if node.module else [])
                names = [target[0]] if target else [alias.name for alias in node.names]
            elif node.module and node.module.split(".")[0] == "lossledger":
                names = node.module.split(".")[1:2] or [alias.name for alias in node.names]
            else:
                continue
            out.update(names)
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[1] for a in node.names if a.name.startswith("lossledger."))
    return out


def test_import_rules_of_check_and_report() -> None:
    broken = []
    for package, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / package).rglob("*.py")):
            bad = _lossledger_imports(path) & forbidden
            if bad:
                broken.append(f"{path.relative_to(PACKAGE)} imports {sorted(bad)}")
    assert not broken, broken


def test_the_rule_reader_sees_relative_imports() -> None:
    # the test above is only as good as this reader: it must see what official.py and data.py import
    assert {"ledger"} <= _lossledger_imports(PACKAGE / "check" / "claims.py")
    assert {"model", "profiles", "series", "errors"} <= _lossledger_imports(PACKAGE / "report" / "data.py")


def test_no_module_or_class_too_large_in_check_and_report() -> None:
    too_large = []
    for package in FORBIDDEN:
        for path in sorted((PACKAGE / package).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if text.count("\n") > MAX_MODULE_LINES:
                too_large.append(f"{path.relative_to(PACKAGE)}: {text.count(chr(10))} lines")
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                    size = node.end_lineno - node.lineno + 1
                    if size > MAX_CLASS_LINES:
                        too_large.append(f"{path.relative_to(PACKAGE)}: class {node.name} {size} lines")
    assert not too_large, too_large


def test_no_side_named_in_the_checker() -> None:
    """Which side a series is about comes from the series, not from the code."""
    for path in sorted((PACKAGE / "check").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert node.value not in ("russia", "ukraine"), f"{path.name}:{node.lineno} names a side"
