"""The shared shapes of Amazon Connect Participant Service."""
