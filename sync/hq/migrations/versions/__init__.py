"""Alembic revisions of the HQ database, oldest first (see sync/hq/migrations/__init__.py)."""
