"""The synthesis screen's tabs, one widget each, built with the corpus they show."""
