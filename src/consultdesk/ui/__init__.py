"""Qt widgets. Reads come from ctx.repos, writes go through consultdesk.ops only."""
