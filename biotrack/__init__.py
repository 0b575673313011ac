"""BioTrack: the sample side of a clinical-study biobank.

The package root holds the domain (protocol, schedule, rules); services/ holds the use cases,
db/ the storage, labels/ and reports/ the outputs, ui/ the Qt front end, cli.py the headless one.
"""

__version__ = "0.1.0"
APP_NAME = "BioTrack"
