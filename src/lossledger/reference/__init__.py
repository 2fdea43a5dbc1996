"""Reference series: read the known layouts of loss series into points, and import them into the ledger.

Formats (``FORMATS``):

* ``petroivaniuk``: PetroIvaniuk's ``russia_losses_personnel.json`` / ``russia_losses_equipment.json``,
  ``russia_losses_equipment_correction.json`` (revisions, stored as corrections) or the merged CSV;
* ``lod_db``: lod-db/orc-losses ``russian-losses.json``;
* ``russianwarship``: russianwarship.rip API statistics (one ``{"data": {...}}`` answer, a list of
  records, or a paged ``{"data": {"records": [...]}}`` answer);
* ``oryx``: scarnecchia ``totals_by_type_history.csv`` (a lower bound);
* ``mediazona``: ``mediazona_totals_by_snapshot.csv`` (named dead: a lower bound);
* ``csv``: ``date, category, value`` with optional ``side``, ``bound``, ``source``.

Column maps are data, in ``data/reference_formats.toml``. A file that does not fit its format raises
``ReferenceFormatError`` naming the file and the field.
"""

from .bundles import SeriesBundle, load_bundles, load_increases, shipped_general_staff
from .formats import FORMATS, ReferenceData, detect_format, read_reference
from .importer import ReferenceImportReport, import_reference

__all__ = [
    "FORMATS",
    "ReferenceData",
    "ReferenceImportReport",
    "SeriesBundle",
    "detect_format",
    "import_reference",
    "load_bundles",
    "load_increases",
    "read_reference",
    "shipped_general_staff",
]
