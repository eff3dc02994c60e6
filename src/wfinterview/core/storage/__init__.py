"""Files on disk: folders, atomic and durable writes, locks, the session store and the
background writer. Knows the file formats, not what the notes mean.

Its public names are declared once, in `__init__.pyi`, and load on first use
(core/framework/lazy.py).
"""

from wfinterview.core.framework.lazy import attach_stub

__getattr__, __dir__, __all__ = attach_stub(__name__, __file__)
