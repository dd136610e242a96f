"""The shared shapes of JSON RPC Test Service."""
