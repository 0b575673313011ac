"""Safety tests for issue 3 ("Nothing lost, nothing hidden"): crash safety, two writers,
hostile input, tamper detection, roles, migrations, backups."""
