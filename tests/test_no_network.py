"""The app never opens a network connection: start it and open every view with sockets barred."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GUARD = """
import socket, sys
def refuse(*args, **kwargs):
    sys.stderr.write("NETWORK USED: %r\\n" % (args,))
    raise OSError("network access is not allowed")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def test_smoke_run_makes_no_network_call(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(GUARD)
    home = tmp_path / "home"
    env = {**os.environ, "NAMNDLASAREN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "NETWORK USED" not in result.stderr
    # the guard really was active in the child
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
                           env=env, capture_output=True, text=True)  # fmt: skip
    assert "NETWORK USED" in probe.stderr
