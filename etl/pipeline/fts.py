"""DuckDB's full-text search extension, loaded from the duckdb-extension-fts
package in site-packages: nothing is ever downloaded."""

from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path


def extension_path() -> Path:
    package = Path(find_spec("duckdb_extension_fts").origin).parent
    return package / "extensions" / f"v{version('duckdb-extension-fts')}" / "fts.duckdb_extension"


def load_sql() -> str:
    """SQL that loads the extension from its file, with auto-install and
    auto-load turned off so that no statement can fetch an extension."""
    path = str(extension_path()).replace("'", "''")
    return (
        "SET autoinstall_known_extensions = false; "
        "SET autoload_known_extensions = false; "
        f"LOAD '{path}';"
    )
