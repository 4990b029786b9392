"""Imported by the multiprocessing fork server as it starts (a preload module,
see normalize.parse) and by nothing else: the fork server then dies with the
run's process, and so do the parse workers it forks (they call
end_with_parent as their pool initializer)."""

from etl.pipeline.parse_files import end_with_parent

end_with_parent()
