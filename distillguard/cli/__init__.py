"""The `distillguard` command: one module per subcommand, loaded lazily by `main`."""
