"""`python -m tests.pythons` (`make test-pythons`): the built wheel on every other Python the classifiers name.

Builds the wheel once, then per Python found: a fresh venv, the wheel with its `sandbox` and `test` extras pinned to the
versions of the running venv, and tests/e2e plus tests/client with DeprecationWarnings as errors, importing the
installed wheel (never the source tree, which each run proves). Says which versions it found and which it skipped;
under CI (`CI` set) a version it cannot find fails the run. `make bench` sets up its venvs for the other Pythons'
parse rows with the same functions.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/e2e", "tests/client"]
PROBE = "import sys, ensurepip, venv; print('%d.%d' % sys.version_info[:2])"


def supported_versions() -> list[str]:
    """The `Programming Language :: Python :: 3.X` classifiers, checked against requires-python."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    versions = sorted(
        (m[1] for c in project["classifiers"] if (m := re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c))),
        key=lambda v: tuple(map(int, v.split("."))),
    )
    if not versions or project["requires-python"] != f">={versions[0]}":
        raise SystemExit(f"requires-python {project['requires-python']!r} does not match the classifiers {versions}")
    return versions


def candidates(version: str) -> list[Path]:
    """Every `pythonX.Y` on PATH, then pyenv's installs of that version, newest first."""
    name = f"python{version}"
    found = [Path(d) / name for d in os.environ.get("PATH", "").split(os.pathsep) if d]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if pyenv.is_dir():
        installs = [p for p in pyenv.iterdir() if re.fullmatch(re.escape(version) + r"\.\d+", p.name)]
        installs.sort(key=lambda p: int(p.name.rsplit(".", 1)[1]), reverse=True)
        found += [p / "bin" / name for p in installs]
    unique: dict[Path, Path] = {}
    for path in found:
        if path.is_file() and os.access(path, os.X_OK):
            unique.setdefault(path.resolve(), path)
    return list(unique.values())


def find(version: str) -> tuple[Path | None, list[str]]:
    """The first candidate that runs as this version with venv and ensurepip; why the others were passed over."""
    passed_over: list[str] = []
    for path in candidates(version):
        proc = subprocess.run([str(path), "-c", PROBE], capture_output=True, text=True, check=False)
        if proc.returncode == 0 and proc.stdout.strip() == version:
            return path, passed_over
        reason = (proc.stderr.strip().splitlines() or [proc.stdout.strip()])[0]
        passed_over.append(f"{path}: {reason}")
    return None, passed_over


def run(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None, quiet: bool = False) -> str:
    """Runs a command; a failure raises with the command's output, which `quiet` otherwise keeps to itself."""
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=quiet, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(args)}\n{proc.stdout or ''}{proc.stderr or ''}")
    return proc.stdout or ""


def build_wheel(out: Path) -> Path:
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)], quiet=True)
    (wheel,) = out.glob("videoconf-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/", 1)[0] for name in archive.namelist() if ".dist-info/" not in name}
    if tops != {"videoconf"}:
        raise SystemExit(f"the wheel must install one top-level package, videoconf; it has {sorted(tops)}")
    return wheel


def pins(out: Path) -> Path:
    """Constraints: every package at the version the main run uses, so all Pythons test the same dependencies."""
    constraints = out / "constraints.txt"
    constraints.write_text(run([sys.executable, "-m", "pip", "freeze", "--exclude-editable"], quiet=True))
    return constraints


def install(python: Path, wheel: Path, constraints: Path, work: Path) -> Path:
    """A fresh venv holding the wheel with its sandbox and test extras; returns its interpreter."""
    venv = work / f"venv-{python.name}"
    run([str(python), "-m", "venv", str(venv)], quiet=True)
    interpreter = venv / "bin" / "python"
    extras = f"{wheel}[sandbox,test]"
    run(
        [str(interpreter), "-m", "pip", "install", "--quiet", "-c", str(constraints), extras],
        quiet=True,
    )
    return interpreter


def test_on(interpreter: Path) -> None:
    site = run([str(interpreter), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], quiet=True)
    # tests/conftest.py refuses to run unless videoconf (with videoconf._generated) is imported from the venv.
    env = {**os.environ, "VIDEOCONF_EXPECT_INSTALLED": site.strip()}
    show = "import sys, videoconf as v; print(f'{sys.version.split()[0]}: {v.__file__}, {v.__path__}')"
    run([str(interpreter), "-c", show], cwd=ROOT, env=env)
    pytest = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error::DeprecationWarning", *TESTS]
    run([str(interpreter), *pytest], cwd=ROOT, env=env)


def main() -> int:
    versions = supported_versions()
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    others = [v for v in versions if v != here]
    print(f"supported (classifiers): {', '.join(versions)}; the main run uses {here}; here: the wheel on the others")
    found: dict[str, Path] = {}
    skipped: dict[str, list[str]] = {}
    for version in others:
        python, passed_over = find(version)
        if python is None:
            skipped[version] = passed_over or ["no interpreter on PATH or in pyenv"]
        else:
            found[version] = python
        for reason in passed_over:
            print(f"  python{version}: passed over {reason}")
    print("found: " + (", ".join(f"{v} ({p})" for v, p in found.items()) or "none"))
    print("skipped: " + (", ".join(f"{v} ({'; '.join(r)})" for v, r in skipped.items()) or "none"))
    if skipped and os.environ.get("CI"):
        print("CI is set: every Python the classifiers name must be tested here", file=sys.stderr)
        return 1
    if not found:
        return 0
    with tempfile.TemporaryDirectory(prefix="videoconf-pythons-") as tmp:
        work = Path(tmp)
        wheel, constraints = build_wheel(work / "dist"), pins(work)
        started = time.monotonic()
        # Installing is mostly waiting on the package index, so the venvs are set up side by side.
        with ThreadPoolExecutor(max_workers=len(found)) as pool:
            futures = {v: pool.submit(install, python, wheel, constraints, work) for v, python in found.items()}
            interpreters = {version: future.result() for version, future in futures.items()}
        print(f"{wheel.name} installed in {len(interpreters)} fresh venvs in {time.monotonic() - started:.0f} s")
        for version, interpreter in interpreters.items():
            started = time.monotonic()
            print(f"== Python {version}: {found[version]}", flush=True)
            test_on(interpreter)
            print(f"== Python {version}: passed in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
