"""The framework the app carries: its steps, tags and recap headings, the file models
(sessions, agendas, notes) and the one error a user is shown. Every other layer stands on it.

Its public names are declared once, in `__init__.pyi`, and load on first use
(core/framework/lazy.py).
"""

from wfinterview.core.framework.lazy import attach_stub

__getattr__, __dir__, __all__ = attach_stub(__name__, __file__)
