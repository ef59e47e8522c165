"""Entry point of the frozen stand app: the same command line as `omrane-kiosk`."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
