"""wfinterview: a terminal interview cockpit for the Marketing Workflow Interview Framework."""

__version__ = "0.1.0"
