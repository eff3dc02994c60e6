"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.transcript.gaps import (
    Gap as Gap,
    find_gaps as find_gaps,
)
from wfinterview.core.transcript.importing import (
    make_transcript as make_transcript,
)
from wfinterview.core.transcript.model import (
    Transcript as Transcript,
)
from wfinterview.core.transcript.quotes import (
    QuoteCheck as QuoteCheck,
    check_quotes as check_quotes,
    verified_quotes as verified_quotes,
)
from wfinterview.core.transcript.reading import (
    read_transcript_file as read_transcript_file,
)
from wfinterview.core.transcript.store import (
    TranscriptStore as TranscriptStore,
)
