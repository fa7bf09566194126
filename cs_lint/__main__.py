"""
``python -m cs_lint`` runs the ``cs-lint`` command.
"""

from cs_lint.cli import program


program()
