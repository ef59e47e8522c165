# PyInstaller hook: a frozen HQ needs the Alembic scripts as files beside the package, since
# Alembic reads env.py and versions/*.py from disk rather than importing them.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("sync.hq.migrations", include_py_files=True)
