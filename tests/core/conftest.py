"""In a mutation run (benchmarks/mutation.py), a property test that fails stops at once:
shrinking the failing example to its smallest form helps a person reading it, not a run
that only needs to know the planted bug was caught, and it can take a minute per bug."""

from __future__ import annotations

import os

from hypothesis import Phase, settings

if os.environ.get("WFINTERVIEW_MUTATION"):
    settings.register_profile(
        "mutation",
        settings.get_profile(settings.get_current_profile_name()),
        max_examples=15,
        phases=(Phase.explicit, Phase.reuse, Phase.generate),
        database=None,
    )
    settings.load_profile("mutation")
