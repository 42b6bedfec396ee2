"""quoteattr: who said what in news text, through which outlet, and how sure we are.

>>> import quoteattr
>>> doc = quoteattr.extract('“The signals are positive,” Kremlin spokesperson Dmitry Peskov said.')
>>> q = doc.quotes[0]
>>> q.speaker.name, q.kind.value
('Dmitry Peskov', 'direct')
"""

from ._model import Cue, Document, EntityKind, Evidence, Outlet, Quote, QuoteKind, Sentence, Speaker, Term
from ._pipeline import extract
from ._verify import Verdict, Verification, verify, verify_many

__version__ = "0.1.0"

__all__ = [
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
    "verify",
    "verify_many",
]
