"""behaviour stage."""
