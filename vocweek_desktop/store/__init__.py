"""SQLAlchemy models, the engine with its pragmas, and migrations."""
