"""Question answering: FAQ matching, answer composition and the QAService facade used by the CLI and Telegram."""
