"""Sphinx configuration: MyST Markdown pages, the furo theme, autodoc for the API reference.

Build with warnings as errors, as the test suite does::

    python -m sphinx -W --keep-going -b html docs docs/_build/html

The rule tables and the worked example are generated from the code at build time by the local
extension ``docs/_ext/ruletable.py``, and the command line's tables by ``docs/_ext/clidocs.py``,
into ``docs/_generated/`` (gitignored) and included by the pages. No network is used: intersphinx
is not enabled.
"""

from __future__ import annotations

import sys
from pathlib import Path

import appeal_rules

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

# -- Project -------------------------------------------------------------------------------------

project = "appeal_rules"
author = "appeal_rules developers"
copyright = "appeal_rules developers, MIT licence"
release = appeal_rules.__version__
version = release

# -- General -------------------------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "ruletable",
    "clidocs",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
# _generated holds the included fragments; they are not pages of their own.
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store"]
language = "en"
today_fmt = "%Y-%m-%d"
# Text from the code (rule summaries, clause texts, citations) is shown exactly as written there.
smartquotes = False

# Every cross-reference into appeal_rules must resolve (a broken one fails the build under -W);
# references to the standard library and other packages cannot, with intersphinx off, so they
# are exempt, as are type variables.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(?!appeal_rules\.).*"),
    (r"py:.*", r"appeal_rules\.(\w+\.)*[A-Z]"),
]

# -- MyST ----------------------------------------------------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc -------------------------------------------------------------------------------------

# Members are asked for per module (docs/_generated/api_modules.md), so that the package page
# can show its docstring without documenting every re-exported name a second time.
autodoc_default_options = {"member-order": "bysource"}
autodoc_typehints = "signature"
autodoc_class_signature = "mixed"
add_module_names = False

# -- HTML ----------------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"appeal_rules {release}"
html_static_path: list[str] = []
html_show_sourcelink = False
