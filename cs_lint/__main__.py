"""
``python -m cs_lint`` runs the ``cs-lint`` command.
"""

from cs_lint.cli import main


raise SystemExit(main())
