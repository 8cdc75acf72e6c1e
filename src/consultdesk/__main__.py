from consultdesk.cli import main

raise SystemExit(main())
