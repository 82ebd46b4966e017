"""The `namndlasaren` command: the GUI with no arguments, headless subcommands otherwise.

Only argparse is imported here; each subcommand's module is imported when it runs, so
`namndlasaren` with no arguments starts the GUI without loading parsers or pandas.
Each handler lives in `desktop/commands/<name>.py` and has the signature
`run(args: argparse.Namespace) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from desktop import APP_NAME, __version__
from desktop.errors import NamndlasarenError, error_line

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="namndlasaren",
        description=f"{APP_NAME}: läs, jämför och kommentera nämndens rapporter.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="starta programmet, visa huvudvyerna en gång och avsluta (för installationskontroll)",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    p = sub.add_parser("extract", help="skriv ut en rapports innehåll som JSON")
    p.add_argument("file", help="rapportfil (.txt eller .pdf)")
    p.set_defaults(handler="extract")

    p = sub.add_parser("import", help="lägg till rapporter i biblioteket")
    p.add_argument("files", nargs="+", help="rapportfiler (.txt eller .pdf)")
    p.add_argument(
        "--link",
        action="store_true",
        help="kopiera inte PDF-filerna till biblioteket, kom bara ihåg var de ligger"
        " (originalsidorna visas så länge filerna finns kvar där)",
    )
    p.set_defaults(handler="import_reports")

    p = sub.add_parser("build-library", help="bygg ett nytt bibliotek av en mapp med rapporter")
    p.add_argument("directory", help="mapp med rapportfiler")
    p.add_argument("-o", "--output", required=True, help="library.db att skriva")
    p.add_argument(
        "--corrections",
        action="append",
        default=[],
        metavar="FIL",
        help="ta med rättelserna i denna JSON-fil (kan anges flera gånger)",
    )
    p.add_argument(
        "--without-library-corrections",
        action="store_true",
        help="ta inte med rättelserna i ditt eget bibliotek",
    )
    p.set_defaults(handler="build_library")

    p = sub.add_parser("update-library", help="ersätt biblioteket med ett nyare från sekreteraren")
    p.add_argument("library", help="den nya library.db")
    p.set_defaults(handler="update_library")

    p = sub.add_parser("series", help="skriv ut ett nyckeltal över alla år")
    p.add_argument("name", help="nyckeltalets namn (eller en del av det)")
    p.add_argument("--municipality", help="kommun, t.ex. Helsingborg")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p.set_defaults(handler="series")

    p = sub.add_parser("flags", help="skriv ut det som inte stämmer i rapporterna (Att fråga om)")
    p.add_argument("--report", type=int, help="endast denna rapport (id)")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p.set_defaults(handler="flags")

    p = sub.add_parser("export-summary", help="skriv den kommenterade sammanfattningen som PDF")
    p.add_argument("-o", "--output", required=True, help="PDF-fil att skriva")
    p.add_argument("--meeting", type=int, help="endast frågor till detta möte (id)")
    p.set_defaults(handler="export_summary")

    p = sub.add_parser("annotations", help="flytta anteckningar mellan datorer")
    asub = p.add_subparsers(dest="annotations_command", metavar="ÅTGÄRD", required=True)
    pe = asub.add_parser("export", help="skriv anteckningarna som Web Annotation JSON-LD")
    where = pe.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", help="en fil med alla anteckningar (en samling)")
    where.add_argument(
        "--one-per-file", metavar="MAPP", help="varje anteckning i en egen fil i denna mapp"
    )
    pe.set_defaults(handler="annotations_export")
    pi = asub.add_parser("import", help="läs in anteckningar från en JSON-fil")
    pi.add_argument("file")
    pi.set_defaults(handler="annotations_import")

    p = sub.add_parser("corrections", help="flytta rättelser av rapporternas innehåll")
    csub = p.add_subparsers(dest="corrections_command", metavar="ÅTGÄRD", required=True)
    ce = csub.add_parser("export", help="skriv rättelserna som JSON (docs/corrections.md)")
    ce.add_argument("-o", "--output", required=True, help="JSON-fil att skriva")
    ce.set_defaults(handler="corrections_export")
    ci = csub.add_parser("import", help="läs in rättelser från en JSON-fil och tillämpa dem")
    ci.add_argument("file")
    ci.set_defaults(handler="corrections_import")
    for command in (ce, ci):
        which = command.add_mutually_exclusive_group()
        which.add_argument(
            "--own", action="store_true", help="dina egna rättelser (user.db), inte sekreterarens"
        )
        which.add_argument(
            "--library", metavar="FIL", help="ett annat bibliotek (t.ex. ett nybyggt att dela ut)"
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_read-pdf"]:  # the PDF reader's child process (ingest/pdf/sandbox.py)
        from desktop.ingest.pdf.sandbox import child_main

        return child_main(argv[1:])
    if argv[:1] == ["_check-flags"]:  # a helper checking committees (analysis/flags/helpers.py)
        from desktop.analysis.flags.store import helper_main

        return helper_main()
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from desktop.ui.app import run_gui

            return run_gui(smoke=args.smoke)
        module = importlib.import_module(f"desktop.commands.{handler}")
        result: int = module.run(args)
        return result
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug must still end in one line, not a traceback
        if os.environ.get("NAMNDLASAREN_DEBUG"):
            raise
        print(
            f"namndlasaren: oväntat fel ({type(exc).__name__}: {' '.join(str(exc).split())[:300]})",
            file=sys.stderr,
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
