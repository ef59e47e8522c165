"""`python -m kiosk.ui`: the kiosk window without the rest of the command line."""

import sys

from kiosk.ui.launch import main

sys.exit(main())
