"""A TypeScript SDK generated from each per-vendor bundle with @hey-api/openapi-ts (fetch client, sdk plugin),
compiled with a smoke program under `tsc --strict`, and run with node against the sandbox.

The generated code takes its servers and auth schemes from the bundles; the smoke program (typescript/smoke.ts) only
points the base URLs at the sandbox and gives credentials. The tools are the pinned ones `npm ci` installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.specdata import ROOT, load, operations
from videoconf.sandbox import RunningSandbox

BIN = ROOT / "node_modules" / ".bin"
SMOKE = Path(__file__).parent / "typescript" / "smoke.ts"
VENDORS = ("signalwire", "whereby")
CALLS = 13  # the `ok` lines smoke.ts prints when every call answered as expected
TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "target": "ES2022",
        "module": "commonjs",
        "moduleResolution": "node10",
        "lib": ["ES2022", "DOM", "DOM.Iterable"],
        "outDir": "dist",
        "noEmitOnError": True,
    },
    "files": ["smoke.ts"],
}


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{' '.join(args[:2])} failed ({proc.returncode}):\n{output[-4000:]}"
    return output


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both vendors' SDKs and the smoke program, generated and compiled into a temporary folder."""
    if not (BIN / "openapi-ts").exists():
        pytest.fail("@hey-api/openapi-ts is not installed: run `make test` (npm ci, from package-lock.json)")
    out = tmp_path_factory.mktemp("typescript-sdk")
    for vendor in VENDORS:
        _run(
            [
                str(BIN / "openapi-ts"),
                "--input",
                str(ROOT / "generated" / f"{vendor}.openapi.yaml"),
                "--output",
                str(out / vendor),
                "--client",
                "@hey-api/client-fetch",
                "--plugins",
                "@hey-api/typescript",
                "@hey-api/sdk",
                "--silent",
                "--no-log-file",
            ],
            cwd=ROOT,
        )
    shutil.copy(SMOKE, out / "smoke.ts")
    (out / "tsconfig.json").write_text(json.dumps(TSCONFIG, indent=2), encoding="utf-8")
    _run([str(BIN / "tsc"), "--project", str(out / "tsconfig.json")], cwd=ROOT)
    return out


def test_the_sdks_take_servers_and_auth_from_the_bundles(sdk: Path) -> None:
    for vendor in VENDORS:
        bundle = load(f"generated/{vendor}.openapi.yaml")
        sdk_source = (sdk / vendor / "sdk.gen.ts").read_text(encoding="utf-8")
        scheme = next(iter(bundle["components"]["securitySchemes"].values()))["scheme"]
        # Every operation carries its vendor's scheme, so one auth callback per client serves them all.
        assert sdk_source.count(f"security: [{{ scheme: '{scheme}', type: 'http' }}]") == len(operations(bundle))
        options = (sdk / vendor / "types.gen.ts").read_text(encoding="utf-8")
        server = bundle["servers"][0]["url"]
        assert re.search(rf"baseUrl: '{re.escape(server)}' \| \(string & \{{\}}\)", options), vendor
    # A server without variables is the client's default; SignalWire's needs the space, so the caller sets it.
    assert "baseUrl: 'https://api.whereby.dev/v1'" in (sdk / "whereby" / "client.gen.ts").read_text(encoding="utf-8")


def test_the_smoke_program_runs_against_the_sandbox(sdk: Path, sandbox: RunningSandbox) -> None:
    config = sandbox.config
    env = {
        "PATH": os.environ.get("PATH", ""),
        "SIGNALWIRE_BASE_URL": sandbox.signalwire_url,
        "SIGNALWIRE_PROJECT_ID": config.signalwire_project,
        "SIGNALWIRE_API_TOKEN": config.signalwire_token,
        "WHEREBY_BASE_URL": sandbox.whereby_url,
        "WHEREBY_API_KEY": config.whereby_key,
    }
    output = _run(["node", str(sdk / "dist" / "smoke.js")], cwd=sdk, env=env)
    assert output.count("\nok ") + output.startswith("ok ") == CALLS, output
    assert "typescript smoke: every call answered as expected" in output
