"""Party-documents assistant: Vietnamese question answering over the organisation's own texts."""

__version__ = "0.1.0"
