"""The bundle's entry point: PyInstaller freezes this script into the `revsearch` executable.

It only hands over to the `revsearch` command, so the frozen app parses the same arguments,
prints the same messages and exits with the same codes as a source install.
"""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
