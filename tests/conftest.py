"""Hypothesis profiles for the test suite.

- ``ci`` (the default): no deadline, a bounded number of examples, derandomized and without the
  example database, so that two runs of the suite on any machine try the same examples.
- ``dev``: many more examples, random, with the example database; run it with
  ``HYPOTHESIS_PROFILE=dev pytest`` before a release or after touching extraction rules.

A test that needs a different number of examples says so with its own ``@settings``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    deadline=None,
    max_examples=60,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    deadline=None,
    max_examples=2000,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
