"""The operations of Things Service, one module each."""
