"""benchmarks/golden_extract.py says when the shared data is missing instead of reporting every
document as changed (a clone not beside ../shared failed scripts/test.sh with "changed in 773 documents")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_golden_check_without_the_shared_folder_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "shared"
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "golden_extract.py"), "--check",
         str(REPO / "quality" / "golden_digests.json"), "--shared", str(missing)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 1
    assert f"{missing} holds no eval/ folder" in result.stderr
    assert "changed in" not in result.stderr
