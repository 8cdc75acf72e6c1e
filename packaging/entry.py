"""The bundle's entry point (both executables): the same command line as the installed scripts."""

from consultdesk.cli import main

raise SystemExit(main())
