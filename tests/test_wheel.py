"""The wheel ships the alias table: install it into a fresh environment and normalize there."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_normalizes(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path / "dist"), str(ROOT)], check=True)
    [wheel] = (tmp_path / "dist").glob("korname-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "korname/data/aliases.yaml" in names and "korname/py.typed" in names
    env = tmp_path / "env"
    venv.create(env, with_pip=False)
    py = env / "bin" / "python"
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if name.startswith("korname/"):
                z.extract(name, site)
    # Dependencies come from this environment's site-packages (a plain path entry: its
    # .pth files, such as the editable install of korname, are not processed).
    Path(site, "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    code = ("import korname, pathlib; "
            f"print(pathlib.Path(korname.__file__).is_relative_to(pathlib.Path(r'{env}'))); "
            "print(korname.normalize('Kim II Sung met Heo Gai [Ho Ka I].'))")
    out = subprocess.run([py, "-c", code], check=True, capture_output=True, text=True,
                         cwd=tmp_path).stdout
    assert out.splitlines() == ["True", "Kim Il Sung met Ho Ka-i."]
