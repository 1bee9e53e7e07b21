"""Command-line options, parsed without importing Qt so `--help`/`--version` stay instant."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ava_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ava-desktop",
        description="Ava Desktop: a desktop chat client for large language models.",
        epilog=(
            "Environment: OPENAI_BASE_URL / OPENAI_API_KEY offer an OpenAI-compatible endpoint; "
            "AVA_DATA_DIR sets the data folder; HTTPS_PROXY / NO_PROXY are honoured."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder for conversations, settings and logs (default: $AVA_DATA_DIR or the "
        "platform's user data folder)",
    )
    parser.add_argument("--provider", metavar="NAME", help="provider or endpoint for new tabs")
    parser.add_argument("--model", metavar="NAME", help="model for new tabs")
    parser.add_argument(
        "files", nargs="*", metavar="FILE",
        help="conversation backups (.json), ChatGPT exports (.zip) or GGUF models to offer for "
        "import; given to the running window if Ava is already open on this data folder",
    )
    # for CI's smoke test of a built bundle (ava_desktop/ui/self_test.py); not for people
    parser.add_argument("--x-ava-self-test", dest="self_test", metavar="TEXT",
                        help=argparse.SUPPRESS)
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", action="store_true",
                       help="add Ava to your application menu (Linux: a .desktop file and icons "
                       "in $XDG_DATA_HOME) and exit")
    entry.add_argument("--uninstall-desktop-entry", action="store_true",
                       help="remove what --install-desktop-entry added and exit")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    if args.data_dir is None and os.environ.get("AVA_DATA_DIR"):
        args.data_dir = Path(os.environ["AVA_DATA_DIR"])
    return args
