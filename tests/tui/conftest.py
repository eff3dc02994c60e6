from __future__ import annotations

import pytest

from tests.tui.helpers import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
