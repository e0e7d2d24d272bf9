"""The store: the only code that speaks SQL (schema migrations, batched writes, named queries)."""

from accord.store.store import DEFAULT_DB, MEMORY, Batch, Rows, Store, open_store

__all__ = ["DEFAULT_DB", "MEMORY", "Batch", "Rows", "Store", "open_store"]
