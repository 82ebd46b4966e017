#!/usr/bin/env bash
# Builds the one-folder app: dist/namndlasaren/ (and dist/Nämndläsaren.app on macOS).
#
#   1. build/library.db from data/reports/, so the app's first start copies it, parsing nothing
#   2. PyInstaller with packaging/namndlasaren.spec (a clean build: no cache from earlier runs)
#   3. the app folder's size, against the 200 MB target, in build/package-report.txt
#
# Runs from a fresh clone after `make install` (that is what `make package` does).
# Environment: PYTHON (the venv's python), ARCHIVE=1 to also write a .tar.gz / .zip of the
# app folder next to it, PACKAGE_MAX_MB to fail the build above that size.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
  elif [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe  # Windows (Git Bash)
  else PYTHON=python3; fi
fi
TARGET_MB=200
APP_DIR=dist/namndlasaren
REPORT=build/package-report.txt

now() { "$PYTHON" -c 'import time; print(f"{time.time():.3f}")'; }
elapsed() { "$PYTHON" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

t0=$(now)
mkdir -p build
VERSION=$("$PYTHON" -c 'from importlib.metadata import version; print(version("namndlasaren"))')
echo "package: Nämndläsaren $VERSION with $("$PYTHON" -m PyInstaller --version 2>/dev/null | tail -1) ($("$PYTHON" -c 'import platform; print(platform.platform())'))"

echo "package: [1/3] prebuilt library from data/reports/"
rm -f build/library.db build/library.db.building
# A throw-away home, so the build never reads or writes the builder's own library.
NAMNDLASAREN_HOME="$PWD/build/package-home" QT_QPA_PLATFORM=offscreen \
  "$PYTHON" -m desktop build-library data/reports -o build/library.db
t1=$(now)

echo "package: [2/3] PyInstaller (packaging/namndlasaren.spec)"
rm -rf "$APP_DIR" "dist/Nämndläsaren.app"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/namndlasaren.spec
t2=$(now)

echo "package: [3/3] size"
size_kb=$(du -sk "$APP_DIR" | cut -f1)
size_text="$(( size_kb / 1024 )).$(( (size_kb % 1024) * 10 / 1024 )) MB"  # MiB, as du -h counts
{
  echo "Nämndläsaren $VERSION — $(date -u +%Y-%m-%dT%H:%M:%SZ) — $("$PYTHON" -c 'import platform; print(platform.system(), platform.machine())')"
  echo "app folder: $APP_DIR, ${size_text} (target under ${TARGET_MB} MB), $(find "$APP_DIR" -type f | wc -l | tr -d ' ') files"
  echo "library build: $(elapsed "$t0" "$t1") s, PyInstaller: $(elapsed "$t1" "$t2") s"
  echo "largest parts (MB):"
  du -sm "$APP_DIR"/_internal/* 2>/dev/null | sort -rn | sed -n '1,12s/^/  /p'  # sed, not head: no SIGPIPE under pipefail
} > "$REPORT"
cat "$REPORT"

if [ "${ARCHIVE:-0}" = "1" ]; then
  case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*)
      archive="dist/namndlasaren-$VERSION-windows.zip"
      (cd dist && "$PYTHON" -m zipfile -c "$(basename "$archive")" namndlasaren) ;;
    *)
      archive="dist/namndlasaren-$VERSION-$(uname -s | tr 'A-Z' 'a-z')-$(uname -m).tar.gz"
      tar -C dist -czf "$archive" namndlasaren ;;
  esac
  echo "package: archive $archive, $(du -sm "$archive" | cut -f1) MB" | tee -a "$REPORT"
fi

if [ "$size_kb" -ge $(( TARGET_MB * 1024 )) ]; then
  echo "package: WARNING: the app folder is ${size_text}, over the ${TARGET_MB} MB target" >&2
fi
if [ -n "${PACKAGE_MAX_MB:-}" ] && [ "$size_kb" -gt $(( PACKAGE_MAX_MB * 1024 )) ]; then
  echo "package: the app folder is ${size_text}, over PACKAGE_MAX_MB=${PACKAGE_MAX_MB}" >&2
  exit 1
fi
echo "package: done in $(elapsed "$t0" "$(now)") s: $APP_DIR"
