"""The operations of Amazon Connect Service, one module each."""
