"""Names of a layer package that load on first use (PEP 562), so importing one module of a
layer does not load the others: the cockpit starts without reading what it never shows."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def resolver(package: str, owners: Mapping[str, str]) -> Callable[[str], object]:
    """A module `__getattr__` that imports `name` from the submodule `owners` names."""

    def resolve(name: str) -> object:
        if name not in owners:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{owners[name]}"), name)

    return resolve
