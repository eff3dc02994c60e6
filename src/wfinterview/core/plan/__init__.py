"""From insights to change: actions, RACI matrices, approval timelines, validation texts,
and each engagement's plan merged from every writer's edits.

Its public names are declared once, in `__init__.pyi`, and load on first use
(core/framework/lazy.py).
"""

from wfinterview.core.framework.lazy import attach_stub

__getattr__, __dir__, __all__ = attach_stub(__name__, __file__)
