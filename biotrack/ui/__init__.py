"""The Qt desktop front end: the only package that imports PySide6.QtWidgets.

It calls services only (no SQL, no sqlite3, no business rules): app.py wires the pieces once
at start-up, mainwindow.py holds the workspaces, models.py adapts domain lists to Qt views.
"""
