"""Data files (protocols, label templates, icons, translations), importable as biotrack.resources.

pyproject.toml maps this folder to the package `biotrack.resources` so that the source tree, an
installed wheel and the PyInstaller bundle all read it with importlib.resources.
"""
