"""The public API: ``lossledger.__all__`` is complete and exact, types ship, options are keyword-only."""

from __future__ import annotations

import ast
import inspect
import tomllib
from importlib import resources
from pathlib import Path

import lossledger

REPO = Path(__file__).resolve().parents[1]
INIT = Path(lossledger.__file__)


def _names_defined_in_init() -> set[str]:
    """Every top-level name ``lossledger/__init__.py`` binds (imports, assignments, defs, classes)."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            if isinstance(node, ast.ImportFrom) and node.module == "__future__":
                continue
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
    return names


def _is_public(name: str) -> bool:
    return not name.startswith("_") or name == "__version__"


def test_all_lists_every_public_name() -> None:
    defined = {n for n in _names_defined_in_init() if _is_public(n) and n != "annotations"}
    missing = sorted(defined - set(lossledger.__all__))
    assert not missing, f"public names in lossledger/__init__.py missing from __all__: {missing}"


def test_every_listed_name_exists() -> None:
    assert len(lossledger.__all__) == len(set(lossledger.__all__)), "__all__ has duplicates"
    absent = [name for name in lossledger.__all__ if not hasattr(lossledger, name)]
    assert not absent, f"__all__ lists names that lossledger does not define: {absent}"


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from lossledger import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(lossledger.__all__)


def test_core_api_is_exported() -> None:
    for name in ("extract_claims", "Claim", "Document", "LossledgerError", "InputError", "__version__"):
        assert name in lossledger.__all__


def test_py_typed_ships() -> None:
    assert resources.files("lossledger").joinpath("py.typed").is_file(), "src/lossledger/py.typed is missing"
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = pyproject["tool"]["setuptools"]["package-data"]["lossledger"]
    assert "py.typed" in package_data, "py.typed is not in [tool.setuptools.package-data]: wheels drop it"


def test_extract_claims_options_are_keyword_only() -> None:
    params = list(inspect.signature(lossledger.extract_claims).parameters.values())
    assert params[0].name == "text" and params[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    options = params[1:]
    assert {p.name for p in options} >= {"published", "doc_id", "profile"}
    positional = [p.name for p in options if p.kind is not inspect.Parameter.KEYWORD_ONLY]
    assert not positional, f"extract_claims options that are not keyword-only: {positional}"


def test_public_functions_take_options_by_keyword() -> None:
    """Project rule: in every exported function, a parameter with a default is keyword-only."""
    offenders = []
    for name in lossledger.__all__:
        obj = getattr(lossledger, name)
        if not inspect.isfunction(obj):
            continue
        for p in inspect.signature(obj).parameters.values():
            if p.default is not inspect.Parameter.empty and p.kind is not inspect.Parameter.KEYWORD_ONLY:
                offenders.append(f"{name}({p.name}=...)")
    assert not offenders, f"options that can be passed by position: {offenders}"


def test_every_exception_lives_in_errors() -> None:
    """Each public exception class of the library is defined in ``errors.py`` (others may only re-import
    it), and the old import paths of the moved ones still work. Private ones (``_IdTaken``) are signals a
    module raises and catches itself; they never reach a caller."""
    import lossledger.errors
    import lossledger.pipeline.dask
    import lossledger.pipeline.processes

    package = INIT.parent
    errors_names = set(lossledger.errors.__all__)
    elsewhere = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "errors.py" and path.parent == package:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_") and any(
                (isinstance(b, ast.Name) and (b.id.endswith(("Error", "Exception")) or b.id in errors_names))
                or (isinstance(b, ast.Attribute) and b.attr.endswith(("Error", "Exception")))
                for b in node.bases
            ):
                elsewhere.append(f"{path.relative_to(package)}:{node.lineno} {node.name}")
    assert not elsewhere, f"exceptions defined outside errors.py: {elsewhere}"
    assert lossledger.pipeline.processes.WorkerCrashed is lossledger.errors.WorkerCrashed
    assert lossledger.pipeline.dask.DaskUnavailable is lossledger.errors.DaskUnavailable
    assert issubclass(lossledger.errors.WorkerCrashed, lossledger.errors.LossledgerError)
