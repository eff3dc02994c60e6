"""A call's transcript beside the notes: read from the tools' exports, lined up with the
interview clock, and held against the notes (verified quotes, moments nobody noted).

Between synthesis, whose vocabulary it reads, and the plan and outputs, which show what it
found. Its public names are declared once, in `__init__.pyi`, and load on first use
(core/framework/lazy.py).
"""

from wfinterview.core.framework.lazy import attach_stub

__getattr__, __dir__, __all__ = attach_stub(__name__, __file__)
