"""The build: what made a warehouse's rows, the parser (etl/parse with its
data files) and the table definitions (sql/schema.sql).

A warehouse records the build of its last commit. A run with another build
parses every file again and replaces all tables: rows of unchanged files
would otherwise keep an older parser's results (or miss a column) forever.
"""

import hashlib
from functools import lru_cache
from pathlib import Path

import etl.parse
from etl.schema import SQL_DIR

_PARSER_DIR = Path(etl.parse.__file__).resolve().parent


@lru_cache(maxsize=1)
def build_id() -> str:
    """A digest of the parser's files and the table definitions."""
    files = [p for p in sorted(_PARSER_DIR.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
    digest = hashlib.blake2b(digest_size=16)
    for path in [*files, SQL_DIR / "schema.sql"]:
        digest.update(path.relative_to(path.parent.parent).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
