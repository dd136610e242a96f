"""The operations of Query Feature Test Service, one module each."""
