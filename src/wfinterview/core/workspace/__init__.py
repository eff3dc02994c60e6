"""Everything a command or the app works with at once: folders, config, agendas, the
stores, and starting or reopening an interview.

Its public names are declared once, in `__init__.pyi`, and load on first use
(core/framework/lazy.py).
"""

from wfinterview.core.framework.lazy import attach_stub

__getattr__, __dir__, __all__ = attach_stub(__name__, __file__)
