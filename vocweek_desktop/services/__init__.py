"""One module per capability; each public function is one transaction over a ``Database``."""
