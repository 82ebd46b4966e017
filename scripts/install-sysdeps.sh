#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, only those missing.
# Qt's runtime libraries (for the offscreen and xcb platforms), fonts with å/ä/ö,
# xvfb for screenshots of a real window, poppler-utils (pdftoppm: PDF pages to PNG,
# pdftotext: the PDF speed baseline) and Tesseract with Swedish data for scanned PDFs.
set -euo pipefail
packages=(
  libegl1 libgl1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0
  fonts-dejavu-core xvfb xauth poppler-utils tesseract-ocr tesseract-ocr-swe
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-sysdeps: not a Debian system; please install the equivalents of: ${missing[*]}" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-sysdeps: run as root: apt-get install ${missing[*]}" >&2; exit 1
  fi
fi
echo "install-sysdeps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
