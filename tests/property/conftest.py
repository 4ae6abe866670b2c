"""How many generated batches each property test checks: 8 in the suite, 500 under
HYPOTHESIS_PROFILE=long (a campaign inside pytest). The profiles themselves are tests/conftest.py's."""

from __future__ import annotations

import os

BATCHES = 500 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 8
