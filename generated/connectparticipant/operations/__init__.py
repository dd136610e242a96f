"""The operations of Amazon Connect Participant Service, one module each."""
