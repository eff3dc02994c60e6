from wfinterview.cli import main

raise SystemExit(main())
