"""campaigns stage."""
