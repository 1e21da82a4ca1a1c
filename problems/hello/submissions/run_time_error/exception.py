raise RuntimeError("uncaught")
