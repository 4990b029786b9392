"""Settings shared by the assets, read from the environment when the
definitions load (the `cables` command sets them from its options)."""

import os

import dagster as dg

from etl.pipeline.normalize import default_workers
from etl.pipeline.sources import source_paths


class CablesSettings(dg.ConfigurableResource):
    """Where the cables come from and where the warehouse goes."""

    source: str = ""  # paths separated by ':'; empty means the bundled sample
    warehouse: str = "warehouse"
    workers: int = 0  # parse processes; 0 means one per core
    search_index: bool = True  # build the full-text index behind search(query)
    shards: int = 1  # parse steps per run (see etl/defs/normalize.py)

    def source_paths(self) -> list[str]:
        return source_paths(self.source)

    def warehouse_dir(self) -> str:
        return os.path.abspath(self.warehouse)

    def worker_count(self) -> int:
        return self.workers or default_workers()


def settings_from_environment() -> CablesSettings:
    return CablesSettings(
        source=os.environ.get("CABLES_SOURCE", ""),
        warehouse=os.path.abspath(os.environ.get("CABLES_WAREHOUSE", "warehouse")),
        workers=int(os.environ.get("CABLES_WORKERS", "0")),
        shards=int(os.environ.get("CABLES_SHARDS", "1")),
        search_index=os.environ.get("CABLES_SEARCH_INDEX", "1") not in ("0", "false", "no", "off"),
    )


class NoValues(dg.ConfigurableIOManager):
    """For outputs whose data the step wrote itself (Parquet tables): nothing to store or load."""

    def handle_output(self, context: dg.OutputContext, obj: None) -> None:
        pass

    def load_input(self, context: dg.InputContext) -> None:
        return None


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(resources={"settings": settings_from_environment(), "no_values": NoValues()})
