"""The workspaces of the main window, one widget per file (STYLE.md: no god MainWindow)."""
