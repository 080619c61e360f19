"""`python -m videoconf`: the same command line as the `videoconf` script."""

from __future__ import annotations

import sys

from videoconf._cli import main

if __name__ == "__main__":
    sys.exit(main())
