"""The operations of JSON RPC Test Service, one module each."""
