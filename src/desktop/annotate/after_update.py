"""After the library changed (update or re-extraction): place every annotation again."""

from __future__ import annotations

from collections.abc import Callable, Collection

from desktop.annotate.notes import ReanchorReport, reanchor_all


def reanchor_after_update(
    ids: Collection[int] | None = None, progress: Callable[[int, int, str], None] | None = None
) -> ReanchorReport:
    """Place every annotation (or those with `ids`, e.g. just imported) in the library."""
    from desktop.corrections.session import member_library
    from desktop.store.library import open_library
    from desktop.store.userdb import open_user_db

    library = open_library(member_library())
    user = open_user_db()
    try:
        return reanchor_all(user, library, ids, progress)
    finally:
        library.close()
        user.close()
