"""Names of a layer package that load on first use (PEP 562), so importing one module of a
layer does not load the others: the cockpit starts without reading what it never shows.

Each layer declares its public names once, in its `__init__.pyi` stub, as
`from wfinterview.core.<layer>.<module> import (Name as Name, ...)`. Type checkers read the
stub; at run time `attach_stub` reads the same stub (a few hundred lines of `ast`, well under
a millisecond) and resolves each name from its module when it is first asked for. This is
the scheme of scientific-python's lazy_loader, without the dependency.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable
from pathlib import Path


def stub_owners(stub: Path) -> dict[str, str]:
    """Each public name in a layer stub, with the module it is imported from."""
    owners: dict[str, str] = {}
    for node in ast.parse(stub.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                owners[alias.asname or alias.name] = node.module
    return owners


def attach_stub(
    package: str, init_file: str
) -> tuple[Callable[[str], object], Callable[[], list[str]], list[str]]:
    """`__getattr__`, `__dir__` and `__all__` for the package whose `__init__.py` is
    `init_file`, from the names its sibling `__init__.pyi` declares."""
    owners = stub_owners(Path(init_file).with_suffix(".pyi"))

    def __getattr__(name: str) -> object:
        if name not in owners:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(owners[name]), name)

    def __dir__() -> list[str]:
        return sorted(owners)

    return __getattr__, __dir__, sorted(owners)
