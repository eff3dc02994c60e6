"""One interview, live and after the call: the clock, notes and hashtags, the review,
the three-point recap and the emails around the call.

Its public names are declared once, in `__init__.pyi`, and load on first use
(core/framework/lazy.py).
"""

from wfinterview.core.framework.lazy import attach_stub

__getattr__, __dir__, __all__ = attach_stub(__name__, __file__)
