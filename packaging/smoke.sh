#!/usr/bin/env bash
# Smoke test of the frozen app in dist/ (build it first: `make package`).
#
# Every step runs the bundled executable with a minimal environment (no venv, no
# PYTHONPATH) and a fresh NAMNDLASAREN_HOME, so it shows what a member's machine sees:
# the GUI starts on the prebuilt library, a .txt and a .pdf import, the summary PDF is
# written, annotations go out and back in (jsonschema), and a bad file exits with 2.
# Each step prints PASS or FAIL with the reason; the script exits 1 if any step failed.
#
# The venv's python (PYTHON) is used only by the checker, never by the app: to write the
# test PDF (Qt's QPdfWriter) and to read the resulting databases and JSON.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
  elif [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe
  else PYTHON=""; fi
fi
STEP_TIMEOUT=${SMOKE_STEP_TIMEOUT:-180}

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) APP=dist/namndlasaren/namndlasaren-cli.exe; INTERNAL=dist/namndlasaren/_internal ;;
  Darwin) APP="dist/Nämndläsaren.app/Contents/MacOS/namndlasaren"
          INTERNAL="dist/Nämndläsaren.app/Contents/Frameworks"
          [ -x "$APP" ] || { APP=dist/namndlasaren/namndlasaren; INTERNAL=dist/namndlasaren/_internal; } ;;
  *) APP=dist/namndlasaren/namndlasaren; INTERNAL=dist/namndlasaren/_internal ;;
esac
APP="$ROOT/$APP"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/namndlasaren-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export_home="$WORK/home"
mkdir -p "$export_home" "$WORK/logs" "$WORK/files"

passed=()
failed=()
step_no=0

now_ms() {
  if [ -n "${EPOCHREALTIME:-}" ]; then local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 ))
  else echo $(( $(date +%s) * 1000 )); fi
}
TIMEOUT=()
if command -v timeout >/dev/null 2>&1; then TIMEOUT=(timeout "$STEP_TIMEOUT")
elif command -v gtimeout >/dev/null 2>&1; then TIMEOUT=(gtimeout "$STEP_TIMEOUT"); fi

# The app's environment: nothing from the venv or the developer's shell on Linux and macOS
# (env -i); on Windows the system variables stay, only Python's are removed.
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) CLEAN_ENV=(env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV) ;;
  *) CLEAN_ENV=(env -i PATH=/usr/bin:/bin HOME="$WORK" TMPDIR="${TMPDIR:-/tmp}" LANG=C.UTF-8
                ${DISPLAY:+DISPLAY="$DISPLAY"} ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"}) ;;
esac

# run_app LOG ARGS...: the frozen app in a clean environment; sets RC and TAKEN.
run_app() {
  local log=$1; shift
  local start
  start=$(now_ms)
  "${CLEAN_ENV[@]}" NAMNDLASAREN_HOME="$export_home" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
    ${TIMEOUT[@]+"${TIMEOUT[@]}"} "$APP" "$@" >"$log.out" 2>"$log.err"
  RC=$?
  TAKEN="$(( $(now_ms) - start )) ms"
}

# why LOG: a one-line reason from the app's output (a missing feature is named as such).
why() {
  local log=$1 missing
  missing=$(grep -ho "No module named '[^']*'" "$log.err" "$log.out" 2>/dev/null | head -1 | cut -d"'" -f2)
  if [ -n "$missing" ]; then
    local src="src/$(echo "$missing" | tr . /)"
    case "$missing" in
      desktop.*)
        if [ -f "$src.py" ] || [ -d "$src" ]; then echo "$missing is in src/ but not in the bundle (spec hiddenimports?)"
        else echo "not implemented yet: no module $missing"; fi ;;
      *) echo "$missing is not in the bundle (packaging/namndlasaren.spec excludes or hiddenimports)" ;;
    esac
    return
  fi
  if [ "${RC:-0}" = 124 ]; then echo "timed out after ${STEP_TIMEOUT}s"; return; fi
  tail -n 1 "$log.err" 2>/dev/null | cut -c1-200
}

pass() { passed+=("$1"); printf '  PASS  %-38s %s\n' "$1" "${2:-}"; }
fail() {
  failed+=("$1"); printf '  FAIL  %-38s %s\n' "$1" "$2"
  local log=${3:-}
  if [ -n "$log" ] && [ -s "$log.err" ]; then tail -n 12 "$log.err" | sed 's/^/          | /'; fi
}
begin() { step_no=$((step_no + 1)); LOG="$WORK/logs/$step_no"; }

py() { [ -n "$PYTHON" ] && "$PYTHON" "$@"; }

echo "smoke: $APP"
echo "smoke: NAMNDLASAREN_HOME=$export_home"

# --- 1. the bundle itself ---------------------------------------------------------------
begin
if [ ! -x "$APP" ]; then
  fail "app built" "no executable at $APP (run: make package)"
  echo "smoke: FAILED (nothing to test)"; exit 1
fi
pass "app built" "$(du -sm "$(dirname "$APP")" 2>/dev/null | cut -f1) MB folder"

begin
missing=()
[ -f "$INTERNAL/data/library.db" ] || missing+=("data/library.db (prebuilt library)")
ls "$INTERNAL"/data/reports/*.txt >/dev/null 2>&1 || missing+=("data/reports/*.txt")
ls "$INTERNAL"/resources/icons/namndlasaren.png >/dev/null 2>&1 || missing+=("resources/icons/namndlasaren.png")
ls "$INTERNAL"/wordfreq/data/*_sv.msgpack.gz >/dev/null 2>&1 || missing+=("wordfreq Swedish word list")
ls "$INTERNAL"/pypdfium2_raw/*pdfium* >/dev/null 2>&1 || missing+=("pypdfium2 native library")
ls "$INTERNAL"/jsonschema_specifications/schemas >/dev/null 2>&1 || missing+=("jsonschema meta-schemas")
ls -d "$INTERNAL"/namndlasaren*.*-info >/dev/null 2>&1 || missing+=("namndlasaren package metadata")
ls "$INTERNAL"/PySide6/Qt/plugins/platforms/*offscreen* >/dev/null 2>&1 \
  || ls "$INTERNAL"/PySide6/Qt/plugins/platforms/* >/dev/null 2>&1 || missing+=("Qt platform plugins")
ls "$INTERNAL"/PySide6/Qt/plugins/imageformats/*svg* >/dev/null 2>&1 || missing+=("Qt SVG image plugin")
ls "$INTERNAL"/PySide6/Qt/translations/qtbase_sv.qm >/dev/null 2>&1 || missing+=("Qt's Swedish translation")
if [ ${#missing[@]} -eq 0 ]; then pass "bundle contents" "library, reports, icons, word list, pdfium, schemas, Qt plugins"
else fail "bundle contents" "missing: $(IFS=,; echo "${missing[*]}")"; fi

# --- 2. version from the package metadata ------------------------------------------------
begin
expected=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -1)
run_app "$LOG" --version
if [ $RC -eq 0 ] && grep -q "$expected" "$LOG.out"; then pass "--version" "$(head -1 "$LOG.out")"
else fail "--version" "expected $expected, got rc=$RC '$(head -1 "$LOG.out")' $(why "$LOG")" "$LOG"; fi

# --- 3. the GUI on the prebuilt library --------------------------------------------------
begin
run_app "$LOG" --smoke
if [ $RC -eq 0 ]; then
  note="first start $TAKEN"
  if [ ! -f "$export_home/library.db" ]; then
    fail "--smoke (first start, offscreen)" "exit 0 but no library.db in NAMNDLASAREN_HOME" "$LOG"
  elif [ -n "$PYTHON" ] && ! py - "$INTERNAL/data/library.db" "$export_home/library.db" >"$LOG.lib" 2>&1 <<'EOF'
import sqlite3, sys
def meta(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    built = con.execute("SELECT value FROM library_meta WHERE key = 'built_at'").fetchone()
    n = con.execute("SELECT count(*) FROM reports").fetchone()[0]
    return built, n
bundled, home = meta(sys.argv[1]), meta(sys.argv[2])
if bundled != home:
    sys.exit(f"the library in NAMNDLASAREN_HOME {home} is not the bundled one {bundled}: parsed on first start?")
if home[1] == 0:
    sys.exit("the library has no reports")
print(f"{home[1]} reports from the prebuilt library")
EOF
  then
    fail "--smoke (first start, offscreen)" "$(tail -1 "$LOG.lib")" "$LOG"
  else
    pass "--smoke (first start, offscreen)" "$note, $(tail -1 "$LOG.lib")"
  fi
else
  fail "--smoke (first start, offscreen)" "exit $RC: $(why "$LOG")" "$LOG"
fi

# The real X11 platform plugin and its libraries, when a virtual display is at hand.
begin
if command -v xvfb-run >/dev/null 2>&1 && [ "$(uname -s)" = Linux ]; then
  start=$(now_ms)
  env -i PATH=/usr/bin:/bin HOME="$WORK" LANG=C.UTF-8 NAMNDLASAREN_HOME="$export_home" \
    QT_QPA_PLATFORM=xcb ${TIMEOUT[@]+"${TIMEOUT[@]}"} xvfb-run -a "$APP" --smoke >"$LOG.out" 2>"$LOG.err"
  RC=$?
  taken="$(( $(now_ms) - start )) ms"
  if [ $RC -eq 0 ]; then pass "--smoke (X11 via xvfb)" "$taken incl. xvfb start"
  else fail "--smoke (X11 via xvfb)" "exit $RC: $(why "$LOG")" "$LOG"; fi
else
  echo "  skip  --smoke (X11 via xvfb)                 no xvfb-run here"
fi

# --- 4. ingestion inside the bundle: extract, import .txt, import .pdf --------------------
SEED_TXT=data/reports/helsingborg-socialnamnden-arsbokslut-2021.txt
# The interim report has lines short enough to stay unwrapped on an A4 page.
SEED_PDF_SRC=data/reports/helsingborg-socialnamnden-delarsrapport-2023-08.txt
stamp="Kontrollkörning av paketet $(date -u +%Y-%m-%dT%H:%M:%SZ) $$"

begin
run_app "$LOG" extract "$ROOT/$SEED_TXT"
if [ $RC -eq 0 ] && grep -q '"goals"' "$LOG.out" && { [ -z "$PYTHON" ] || py -c "import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); assert d['goals'] and d['kpis'], 'no goals or KPIs'" "$LOG.out"; }; then
  pass "extract .txt (JSON)" "$(wc -c <"$LOG.out" | tr -d ' ') bytes of JSON"
else
  fail "extract .txt (JSON)" "exit $RC: $(why "$LOG")" "$LOG"
fi

# A .txt that is not in the library yet: a seed with one extra line.
begin
TXT="$WORK/files/smoke-report.txt"
{ cat "$SEED_TXT"; printf '\n%s\n' "$stamp"; } >"$TXT"
run_app "$LOG" import "$TXT"
if [ $RC -eq 0 ] && grep -q "importerad" "$LOG.out"; then pass "import .txt" "$TAKEN"
else fail "import .txt" "exit $RC: $(why "$LOG")" "$LOG"; fi

# A .pdf with a text layer, written by Qt in the checker's python from another seed.
begin
PDF="$WORK/files/smoke-report.pdf"
if [ -z "$PYTHON" ]; then
  fail "import .pdf" "no python to write the test PDF (set PYTHON)"
elif ! QT_QPA_PLATFORM=offscreen "$PYTHON" packaging/make_smoke_pdf.py "$SEED_PDF_SRC" "$PDF" --extra-line "$stamp" >"$LOG.mk" 2>&1; then
  fail "import .pdf" "could not write the test PDF: $(tail -1 "$LOG.mk")"
else
  run_app "$LOG" import "$PDF"
  if [ $RC -eq 0 ] && grep -q "importerad" "$LOG.out"; then pass "import .pdf (pypdfium2)" "$TAKEN"
  else fail "import .pdf (pypdfium2)" "exit $RC: $(why "$LOG")" "$LOG"; fi
fi

# --- 5. the summary PDF (QtGui QPdfWriter, fonts) ----------------------------------------
begin
OUT="$WORK/files/sammanfattning.pdf"
run_app "$LOG" export-summary -o "$OUT"
if [ $RC -eq 0 ] && [ -f "$OUT" ] && [ "$(head -c 5 "$OUT")" = "%PDF-" ] && [ "$(wc -c <"$OUT")" -gt 1000 ]; then
  pages=""
  [ -n "$PYTHON" ] && pages=$(py -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())), 'pages')" "$OUT" 2>/dev/null)
  pass "export-summary -o PDF" "$(wc -c <"$OUT" | tr -d ' ') bytes ${pages}"
else
  fail "export-summary -o PDF" "exit $RC: $(why "$LOG")" "$LOG"
fi

# --- 5b. a helper process checking flags (analysis/flags/helpers.py) ----------------------
# A big library's checks are shared with helpers: this same executable started with
# `_check-flags`, a task on stdin and the rows on stdout. Here it checks every committee
# of the member's library, and must find the flags the library keeps.
begin
if [ -z "$PYTHON" ]; then
  fail "flags checked by a helper" "no python to write the helper's task (set PYTHON)"
else
  py - "$export_home/library.db" "$WORK/files/task.pickle" <<'EOF'
import pickle, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
owners = [tuple(r) for r in con.execute("SELECT DISTINCT municipality, committee FROM reports")]
open(sys.argv[2], "wb").write(pickle.dumps((sys.argv[1], owners, {}, True, {})))
EOF
  start=$(now_ms)
  "${CLEAN_ENV[@]}" NAMNDLASAREN_HOME="$export_home" ${TIMEOUT[@]+"${TIMEOUT[@]}"} \
    "$APP" _check-flags <"$WORK/files/task.pickle" >"$LOG.out" 2>"$LOG.err"
  RC=$?
  TAKEN="$(( $(now_ms) - start )) ms"
  if [ $RC -eq 0 ] && py - "$export_home/library.db" "$LOG.out" >"$LOG.check" 2>&1 <<'EOF'
import pickle, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
found = pickle.loads(open(sys.argv[2], "rb").read())
owners = {tuple(r) for r in con.execute("SELECT DISTINCT municipality, committee FROM reports")}
kept = con.execute("SELECT count(*) FROM flags").fetchone()[0]
rows = sum(len(r) for _owner, r, _digest in found)
if {owner for owner, _r, _d in found} != owners or rows != kept:
    sys.exit(f"the helper found {rows} flags of {len(found)} committees; the library keeps {kept} of {len(owners)}")
print(f"{rows} flags of {len(found)} committees, as kept")
EOF
  then pass "flags checked by a helper" "$TAKEN, $(tail -1 "$LOG.check")"
  else fail "flags checked by a helper" "exit $RC: $(tail -1 "$LOG.check" 2>/dev/null) $(why "$LOG")" "$LOG"; fi
fi

# --- 6. annotations out and back in (jsonschema validation inside the bundle) -------------
begin
AJSON="$WORK/files/anteckningar.json"
run_app "$LOG" annotations export -o "$AJSON"
if [ $RC -eq 0 ] && [ -s "$AJSON" ]; then
  begin
  run_app "$LOG" annotations import "$AJSON"
  if [ $RC -eq 0 ]; then pass "annotations export + import" "$(wc -c <"$AJSON" | tr -d ' ') bytes"
  else fail "annotations export + import" "import: exit $RC: $(why "$LOG")" "$LOG"; fi
else
  fail "annotations export + import" "export: exit $RC: $(why "$LOG")" "$LOG"
fi

# --- 7. a bad file: exit 2, one line on stderr, library unchanged -------------------------
begin
before=$(cksum 2>/dev/null <"$export_home/library.db")
printf 'inte en rapport\n' >"$WORK/files/tom.pdf"
run_app "$LOG" import "$WORK/files/tom.pdf"
after=$(cksum 2>/dev/null <"$export_home/library.db")
lines=$(grep -c . "$LOG.err")
if [ $RC -eq 2 ] && [ "$lines" -eq 1 ] && [ "$before" = "$after" ]; then
  pass "bad input → exit 2" "$(cut -c1-80 "$LOG.err")"
else
  fail "bad input → exit 2" "exit $RC, $lines stderr lines, library $([ "$before" = "$after" ] && echo unchanged || echo CHANGED): $(why "$LOG")" "$LOG"
fi

# -----------------------------------------------------------------------------------------
echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "smoke: PASSED (${#passed[@]} steps)"
  exit 0
fi
echo "smoke: FAILED ${#failed[@]} of $(( ${#passed[@]} + ${#failed[@]} )) steps: $(IFS=';'; echo "${failed[*]}")"
exit 1
