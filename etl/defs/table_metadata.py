"""Dagster metadata derived from the warehouse schema (sql/schema.sql)."""

import dagster as dg

from etl.schema import tables


def column_schema(table: str) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[dg.TableColumn(c.name, c.sql_type, description=c.description) for c in tables()[table].columns]
    )


def description(table: str) -> str:
    return tables()[table].description
