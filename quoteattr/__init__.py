"""quoteattr: who said what in news text, through which outlet, and how sure we are.

>>> import quoteattr
>>> doc = quoteattr.extract('“The signals are positive,” Kremlin spokesperson Dmitry Peskov said.')
>>> q = doc.quotes[0]
>>> q.speaker.name, q.kind.value
('Dmitry Peskov', 'direct')
"""

from typing import TYPE_CHECKING, Any

from ._model import Cue, Document, EntityKind, Evidence, Outlet, Quote, QuoteKind, Sentence, Speaker, Term
from ._pipeline import extract

if TYPE_CHECKING:  # pragma: no cover
    from ._batch import BatchResult, extract_many
    from ._verify import Verdict, Verification, verify, verify_many

__version__ = "0.1.0"

#: Names imported on first use, so that ``import quoteattr`` stays fast.
_LAZY = {
    "BatchResult": "._batch",
    "extract_many": "._batch",
    "Verdict": "._verify",
    "Verification": "._verify",
    "verify": "._verify",
    "verify_many": "._verify",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'quoteattr' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

__all__ = [
    "BatchResult",
    "Cue",
    "Document",
    "EntityKind",
    "Evidence",
    "Outlet",
    "Quote",
    "QuoteKind",
    "Sentence",
    "Speaker",
    "Term",
    "Verdict",
    "Verification",
    "extract",
    "extract_many",
    "verify",
    "verify_many",
]
