"""gazette-kg: a knowledge graph and semantic search over Chinese district-government gazettes."""

from kg.config import Config
from kg.errors import GazetteError, InputError, ManifestMismatch
from kg.model import Document, Heading, Line, Provenance

__all__ = [
    "Config",
    "Document",
    "GazetteError",
    "Heading",
    "InputError",
    "Line",
    "ManifestMismatch",
    "Provenance",
]
__version__ = "0.1.0"
