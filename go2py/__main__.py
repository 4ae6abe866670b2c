"""`python -m go2py` runs the command line."""

import sys

from go2py.cli import main

sys.exit(main())
