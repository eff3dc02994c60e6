"""What the user prepares before a call: agendas (built-in and their own), their facilitation
checks, config.toml and the key table every screen reads.

Its public names are declared once, in `__init__.pyi`, and load on first use
(core/framework/lazy.py).
"""

from wfinterview.core.framework.lazy import attach_stub

__getattr__, __dir__, __all__ = attach_stub(__name__, __file__)
