from microheal.cli import main

raise SystemExit(main())
