"""`python -m ava_desktop` starts the app."""

from ava_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
